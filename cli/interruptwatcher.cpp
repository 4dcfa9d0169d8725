#include "interruptwatcher.h"

#include "command.h"

#include <QMutex>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int wakeFds[2] = {-1, -1};
int quitFds[2] = {-1, -1}; // to the quitting thread: 1 quits, 0 ends the thread
volatile sig_atomic_t interruptCount = 0;
struct sigaction previousInt;
struct sigaction previousTerm;

QMutex quitMutex;
std::function<QString()> quitAction; // guarded by quitMutex

void onSignal(int)
{
    interruptCount = interruptCount + 1;
    if (interruptCount == 2 && quitFds[1] >= 0) {
        const char quit = 1;
        if (::write(quitFds[1], &quit, 1) == 1)
            return; // the quitting thread says what became of the work, then ends the process
    }
    if (interruptCount >= 2)
        _exit(130); // everything accepted is in the outbox already
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(wakeFds[1], &byte, 1);
}

void writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        done += n;
    }
}

// Waits for the second interrupt; then runs the quit action, prints its line and ends the process.
void quitWhenAsked(int fd)
{
    for (;;) {
        char byte = 0;
        const ssize_t n = ::read(fd, &byte, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || byte == 0)
            return;
        QString message;
        {
            const QMutexLocker lock(&quitMutex); // held to the end: the action's objects stay alive
            message = quitAction ? quitAction() : InterruptWatcher::defaultQuitMessage();
            QByteArray line
                = Command::tr("%1: error: %2").arg(u"benchconnect"_s, message).toLocal8Bit() + '\n';
            if (::isatty(STDERR_FILENO))
                line.prepend("\r\x1b[K"); // over a progress line
            writeAll(STDERR_FILENO, line);
            _exit(130);
        }
    }
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    if (::pipe(wakeFds) != 0)
        return;
    ::fcntl(wakeFds[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(wakeFds[1], F_SETFD, FD_CLOEXEC);
    ::fcntl(wakeFds[1], F_SETFL, O_NONBLOCK);
    if (::pipe(quitFds) == 0) {
        ::fcntl(quitFds[0], F_SETFD, FD_CLOEXEC);
        ::fcntl(quitFds[1], F_SETFD, FD_CLOEXEC);
        ::fcntl(quitFds[1], F_SETFL, O_NONBLOCK);
        m_quitter = std::thread(quitWhenAsked, quitFds[0]);
    } else {
        quitFds[0] = quitFds[1] = -1; // a second interrupt ends the process without a word
    }
    interruptCount = 0;
    m_notifier = new QSocketNotifier(wakeFds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte;
        [[maybe_unused]] const auto read = ::read(wakeFds[0], &byte, 1);
        emit interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &previousInt);
    ::sigaction(SIGTERM, &action, &previousTerm);
}

bool InterruptWatcher::isInterrupted() const
{
    return m_notifier && interruptCount > 0;
}

void InterruptWatcher::setQuitAction(std::function<QString()> action)
{
    const QMutexLocker lock(&quitMutex);
    quitAction = std::move(action);
}

QString InterruptWatcher::defaultQuitMessage()
{
    return Command::tr("Interrupted a second time: quit at once.");
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier)
        return;
    if (interruptCount > 0) {
        // The work stopped for an interrupt and the program is ending: what is left is to say
        // what became of the results, and everything is in order already. Another Ctrl-C from here
        // on would only cut that short (or kill the process by the signal, not exit 130).
        struct sigaction ignore
        {
        };
        ignore.sa_handler = SIG_IGN;
        sigemptyset(&ignore.sa_mask);
        ::sigaction(SIGINT, &ignore, nullptr);
        ::sigaction(SIGTERM, &ignore, nullptr);
    } else {
        ::sigaction(SIGINT, &previousInt, nullptr);
        ::sigaction(SIGTERM, &previousTerm, nullptr);
    }
    if (m_quitter.joinable()) {
        const char end = 0;
        writeAll(quitFds[1], QByteArray(1, end));
        m_quitter.join(); // or the process ends there, when a second interrupt came just now
        ::close(quitFds[0]);
        ::close(quitFds[1]);
        quitFds[0] = quitFds[1] = -1;
    }
    setQuitAction({});
    delete m_notifier;
    ::close(wakeFds[0]);
    ::close(wakeFds[1]);
    wakeFds[0] = wakeFds[1] = -1;
}
