#pragma once

#include <QThread>

// An HTTP server on loopback, in its own thread, that answers every request at once with
// 201 and "{}": what the client can reach when the server costs nothing.
class InstantServer
{
public:
    InstantServer();
    ~InstantServer();
    quint16 port() const { return m_port; }
    qint64 requests() const;

private:
    QThread m_thread;
    quint16 m_port = 0;
    class Worker;
    Worker *m_worker = nullptr;
};
