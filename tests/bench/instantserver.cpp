#include "instantserver.h"

#include <QHostAddress>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

#include <atomic>

class InstantServer::Worker : public QObject
{
public:
    std::atomic<qint64> requests {0};
    QTcpServer *server = nullptr;

    void start(quint16 *port, QSemaphore *ready)
    {
        server = new QTcpServer(this);
        server->listen(QHostAddress::LocalHost, 0);
        *port = server->serverPort();
        connect(server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        qsizetype length = 0;
                        const qsizetype at = buffer->left(end).toLower().indexOf("content-length:");
                        if (at >= 0 && at < end)
                            length = buffer->mid(at + 15, buffer->indexOf("\r\n", at) - at - 15)
                                         .trimmed()
                                         .toLongLong();
                        if (buffer->size() < end + 4 + length)
                            return;
                        buffer->remove(0, end + 4 + length);
                        // The id of the created result: how benchconnect knows it is stored.
                        const QByteArray body = "{\"id\":\"" + QByteArray::number(++requests) + "\"}";
                        socket->write(
                            "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        ready->release();
    }
};

InstantServer::InstantServer()
{
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QSemaphore ready;
    QMetaObject::invokeMethod(m_worker, [this, &ready] { m_worker->start(&m_port, &ready); });
    ready.acquire();
}

InstantServer::~InstantServer()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

qint64 InstantServer::requests() const
{
    return m_worker->requests.load();
}
