// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

class QJsonValue;
class QTcpSocket;

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QString path; // percent-decoded path, without query
    QUrlQuery query;
    QByteArray version; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    QByteArray cookie(const QByteArray &name) const;

    // What reading the start of a connection's buffer gave.
    struct Parse
    {
        enum Outcome
        {
            Incomplete, // more bytes are needed
            Complete, // *request holds the request; consumed bytes of the buffer were used
            Error, // answer errorStatus (errorMessage) and close the connection
        };
        Outcome outcome = Incomplete;
        int errorStatus = 0;
        QByteArray errorMessage;
        qsizetype consumed = 0;
        bool keepAlive = true;
        bool expectsContinue = false; // Incomplete: the client waits for "100 Continue"
    };
    // Pure: parses one request (Content-Length bodies only) from the start of buffer.
    static Parse parse(const QByteArray &buffer, HttpRequest *request);
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setJson(const QJsonValue &value);
    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }

    static QByteArray reasonPhrase(int status);
};

// One client connection: a small HTTP/1.1 server side. Reads requests with
// Content-Length bodies, one at a time (no pipelining: the next request is
// read only after the previous one was answered), keeps the connection open
// unless the client asks otherwise.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~HttpConnection() override;

    void respond(const HttpResponse &response);
    // Closes the connection without answering the current request.
    void dropConnection();

    QString peer() const;

signals:
    void requestReceived(HttpConnection *connection, const HttpRequest &request);
    void closed(HttpConnection *connection);

private:
    void readData();
    void parseBuffer();
    void sendError(int status, const QByteArray &message);
    void finish();

    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    bool m_busy = false; // a request is being answered
    bool m_keepAlive = true;
    bool m_closing = false;
    bool m_finished = false;
};
