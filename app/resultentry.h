#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// One result the window knows about: where it came from, what it is, and how far it got.
struct ResultEntry
{
    enum class Status
    {
        Valid, // can be sent with the run as composed
        Invalid, // cannot be sent; message says why
        Sending,
        Sent,
        Failed, // the server refused it or did not answer; message says why
        InOutbox, // kept locally to be sent later
    };

    QString origin; // the file (or file and line) it was read from
    QString file; // the file (or a folder format's folder) it was read from; the path given when none
    QString format; // the adapter's name ("gbench"); empty when no known format was recognised
    QString name; // tags.name
    QString benchmark; // tags.name, then the other tags, as the table shows it (made once, when read)
    QString benchmarkKey; // benchmark case-folded: what sorting by benchmark compares
    QString unit; // stats.unit
    qsizetype samples = -1; // length of stats.data; -1 without stats
    Status status = Status::Valid;
    QString message;
    // The result as read, with batch_id and timestamp fixed when it was read (so that what is shown
    // is what is sent); empty when the file could not be read.
    QJsonObject result;
};

// Its members all move by their bytes: a list of 100,000 grows by one realloc, not 100,000 moves.
Q_DECLARE_TYPEINFO(ResultEntry, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(ResultEntry)
Q_DECLARE_METATYPE(QList<ResultEntry>)
