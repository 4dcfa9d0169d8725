// SPDX-License-Identifier: MIT
#include "httpconnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qsizetype maxBodyBytes = 256 * 1024 * 1024;

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
        .toLatin1();
}
} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return {};
}

QByteArray HttpRequest::cookie(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first != "cookie")
            continue;
        const QList<QByteArray> parts = h.second.split(';');
        for (const QByteArray &part : parts) {
            const QByteArray p = part.trimmed();
            const qsizetype eq = p.indexOf('=');
            if (eq > 0 && p.left(eq).trimmed() == name)
                return p.mid(eq + 1).trimmed();
        }
    }
    return {};
}

void HttpResponse::setJson(const QJsonValue &value)
{
    if (value.isObject())
        body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        body = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    body.append('\n');
    addHeader("Content-Type", "application/json");
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Request Entity Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "Unknown";
    }
}

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readData);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
            finish();
    });
    // Data may already be buffered (TLS handshake done before we got the socket).
    QTimer::singleShot(0, this, &HttpConnection::readData);
}

HttpConnection::~HttpConnection() = default;

QString HttpConnection::peer() const
{
    if (!m_socket)
        return {};
    return u"%1:%2"_s.arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort());
}

void HttpConnection::readData()
{
    if (!m_socket || m_closing)
        return;
    m_buffer.append(m_socket->readAll());
    parseBuffer();
}

HttpRequest::Parse HttpRequest::parse(const QByteArray &buffer, HttpRequest *request)
{
    Parse result;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > maxHeaderBytes)
            return {Parse::Error, 431, "header too large"};
        return result;
    }
    *request = HttpRequest();
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return {Parse::Error, 400, "malformed request line"};
    request->method = requestLine.at(0);
    request->target = requestLine.at(1);
    request->version = requestLine.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return {Parse::Error, 400, "malformed header"};
        request->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }

    if (!request->header("transfer-encoding").isEmpty()
        && request->header("transfer-encoding").toLower() != "identity")
        return {Parse::Error, 501, "chunked request bodies are not supported by this test server"};
    qsizetype length = 0;
    const QByteArray lengthHeader = request->header("content-length");
    if (!lengthHeader.isEmpty()) {
        bool ok = false;
        length = lengthHeader.toLongLong(&ok);
        if (!ok || length < 0)
            return {Parse::Error, 400, "bad Content-Length"};
        if (length > maxBodyBytes)
            return {Parse::Error, 413, "body too large"};
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < length) {
        result.expectsContinue
            = request->header("expect").toLower() == "100-continue" && buffer.size() == bodyStart;
        return result; // wait for the rest of the body
    }
    request->body = buffer.mid(bodyStart, length);
    result.consumed = bodyStart + length;

    const QByteArray connectionHeader = request->header("connection").toLower();
    if (request->version == "HTTP/1.0")
        result.keepAlive = connectionHeader.contains("keep-alive");
    else
        result.keepAlive = !connectionHeader.contains("close");

    const QByteArray target = request->target;
    const qsizetype q = target.indexOf('?');
    request->path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
    if (q >= 0)
        request->query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
    result.outcome = Parse::Complete;
    return result;
}

void HttpConnection::parseBuffer()
{
    if (m_busy || m_closing || !m_socket)
        return;
    HttpRequest request;
    const HttpRequest::Parse parsed = HttpRequest::parse(m_buffer, &request);
    switch (parsed.outcome) {
    case HttpRequest::Parse::Error:
        sendError(parsed.errorStatus, parsed.errorMessage);
        return;
    case HttpRequest::Parse::Incomplete:
        if (parsed.expectsContinue)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return;
    case HttpRequest::Parse::Complete:
        break;
    }
    m_buffer.remove(0, parsed.consumed);
    m_keepAlive = parsed.keepAlive;
    m_busy = true;
    emit requestReceived(this, request);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!m_socket || m_closing)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + HttpResponse::reasonPhrase(response.status) + "\r\n";
    out += "Server: benchconnect-testserver\r\n";
    out += "Date: " + httpDate() + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (response.status != 204 && response.status >= 200)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += m_keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (response.status != 204)
        out += response.body;
    m_socket->write(out);
    m_busy = false;
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    // Handle a request that arrived while this one was being answered.
    QTimer::singleShot(0, this, &HttpConnection::parseBuffer);
}

void HttpConnection::dropConnection()
{
    if (!m_socket)
        return;
    m_closing = true;
    m_busy = false;
    m_socket->abort();
    finish();
}

void HttpConnection::sendError(int status, const QByteArray &message)
{
    m_keepAlive = false;
    HttpResponse response;
    response.status = status;
    response.setJson(QJsonObject {{u"code"_s, status},
        {u"name"_s, QString::fromLatin1(HttpResponse::reasonPhrase(status))},
        {u"description"_s, QString::fromLatin1(message)}});
    m_buffer.clear();
    respond(response);
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    emit closed(this);
    deleteLater();
}
