// SPDX-License-Identifier: MIT
// A Conbench server's answer as the client reads it, through its parsing functions rather than a
// socket. The input is an HTTP answer: a status line, headers, an empty line, a body.
#include "fuzzsupport.h"

#include "conbenchclient.h"

#include <QNetworkCookie>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    qsizetype headerEnd = input.indexOf("\r\n\r\n");
    const QByteArray head = headerEnd < 0 ? input : input.left(headerEnd);
    const QByteArray body = headerEnd < 0 ? QByteArray() : input.mid(headerEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    const int status = statusLine.value(1).toInt();
    QString contentType;
    bool setsCookie = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "retry-after") {
            ConbenchClient::retryAfterMs(value, QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC));
        } else if (name == "content-type") {
            contentType = QString::fromLatin1(value).section(u';', 0, 0).trimmed();
        } else if (name == "set-cookie") {
            setsCookie = true;
            QNetworkCookie::parseCookies(value); // what the client's cookie jar is given
        }
    }
    ConbenchClient::describeErrorBody(status, body);
    const ConbenchClient::AnswerContext requests[] = {
        {"POST", QStringLiteral("/api/login/"), true, false},
        {"POST", QStringLiteral("/api/benchmark-results/"), false, true},
        {"POST", QStringLiteral("/api/runs/"), false, false},
        {"PUT", QStringLiteral("/api/runs/r1/"), false, false},
        {"GET", QStringLiteral("/api/benchmark-results/"), false, false},
        {"GET", QStringLiteral("/api/logout/"), false, false},
    };
    for (const auto &request : requests)
        ConbenchClient::unexpectedAnswer(request, status, contentType, setsCookie, body);
    QString next;
    const QJsonArray results = ConbenchClient::pageOfResults(QJsonDocument::fromJson(body), &next);
    for (const QJsonValue &stored : results) {
        const QJsonObject object = stored.toObject();
        ConbenchClient::resultKey(object);
        ConbenchClient::sameResult(object, object);
    }
    return 0;
}
