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
    QString format; // the adapter's name ("gbench"); empty when no known format was recognised
    QString name; // tags.name
    QString unit; // stats.unit
    qsizetype samples = -1; // length of stats.data; -1 without stats
    Status status = Status::Valid;
    QString message;
    // The result as read, with batch_id and timestamp fixed when it was read (so that what is shown
    // is what is sent); empty when the file could not be read.
    QJsonObject result;
};

Q_DECLARE_METATYPE(ResultEntry)
Q_DECLARE_METATYPE(QList<ResultEntry>)
