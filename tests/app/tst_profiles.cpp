// Server profiles: made in Preferences > Servers, chosen in the window's picker, and read by the
// command-line program from the same settings file (--profile, BENCHCONNECT_PROFILE).
#include "clientsettings.h"
#include "droparea.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "resultmodel.h"
#include "serverbox.h"
#include "settingsdialog.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
const QString commitSha = u"89abcdef0123456789abcdef0123456789abcdef"_s;
const QString email = u"user@example.com"_s;
const QString stagingPassword = u"s3cret-Pa55"_s; // the test server's default
const QString productionPassword = u"pr0duction-Pa55-only"_s;

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no widget %s", qPrintable(name));
    return widget;
}

void setText(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->setText(text);
    emit edit->editingFinished();
}

void drop(MainWindow *window, const QStringList &paths)
{
    auto *area = window->findChild<DropArea *>();
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(area, &enter);
    QDropEvent dropEvent(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(area, &dropEvent);
}

// One result as "post result" takes it: filled in by "augment result" (machine_info, github, ...).
QByteArray resultJson(const QString &name)
{
    QProcessEnvironment env = TestSupport::cleanEnvironment();
    env.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"https://github.com/example/project"_s);
    env.insert(u"CONBENCH_PROJECT_COMMIT"_s, commitSha);
    const ProgramRun run = TestSupport::run(TestSupport::cliPath(), {u"augment"_s, u"result"_s}, env,
        u"{\"run_id\": \"profile-run\", \"run_reason\": \"commit\", \"tags\": {\"name\": \"%1\"}, "
        "\"stats\": {\"data\": [1, 2], \"unit\": \"s\"}}"_s.arg(name)
            .toUtf8());
    if (run.exitCode != 0)
        qWarning("augment result failed: %s", run.err.constData());
    return run.out;
}

QStringList names(const QJsonArray &results)
{
    QStringList list;
    for (const QJsonValue &value : results)
        list.append(value.toObject().value("tags"_L1).toObject().value("name"_L1).toString());
    return list;
}
} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void twoProfilesInTheWindow();
    void commandLineReadsProfiles();
    void unusableProfiles();
    void aUrlEditedWhileSendingIsKeptWhenQuitting();
    // Run by keychain-test.sh (BENCHCONNECT_KEYCHAIN_TEST) in a private D-Bus session with an
    // unlocked gnome-keyring; skipped elsewhere.
    void passwordPerProfileInKeychain();

private:
    void makeProfiles(MainWindow &window, const QString &stagingUrl, const QString &productionUrl);
    bool submit(MainWindow &window);
    QProcessEnvironment cliEnvironment() const;
    QTemporaryDir m_configDir; // XDG_CONFIG_HOME: benchconnect/benchconnect.conf in it
    QTemporaryDir m_outboxDir;
    TestServer m_staging;
    TestServer m_production;
};

void TestProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The window writes the file the command-line program reads: $XDG_CONFIG_HOME/benchconnect/
    // benchconnect.conf, as the programs name it.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_configDir.path());
    QCoreApplication::setOrganizationName(u"benchconnect"_s);
    QCoreApplication::setApplicationName(u"benchconnect"_s);
    qputenv("BENCHCONNECT_OUTBOX", m_outboxDir.path().toLocal8Bit());
    for (const char *name : {"CONBENCH_URL", "CONBENCH_EMAIL", "CONBENCH_PASSWORD", "BENCHCONNECT_PROFILE",
             "CONBENCH_PROJECT_REPOSITORY", "CONBENCH_PROJECT_COMMIT", "CONBENCH_PROJECT_PR_NUMBER",
             "BENCHMARKABLE_PR_NUMBER", "CONBENCH_MACHINE_INFO_NAME"})
        qunsetenv(name);
    QVERIFY(m_staging.start(u"current"_s, {u"--login-for-writes"_s}));
    QVERIFY(m_production.start(u"current"_s, {u"--login-for-writes"_s, u"--password"_s, productionPassword}));
}

void TestProfiles::init()
{
    QSettings().clear();
    QVERIFY(m_staging.reset());
    QVERIFY(m_production.reset());
}

QProcessEnvironment TestProfiles::cliEnvironment() const
{
    QProcessEnvironment env = TestSupport::cleanEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_configDir.path());
    env.insert(u"BENCHCONNECT_OUTBOX"_s, m_outboxDir.path());
    return env;
}

void TestProfiles::makeProfiles(MainWindow &window, const QString &stagingUrl, const QString &productionUrl)
{
    SettingsDialog *dialog = window.showPreferences();
    QVERIFY(dialog);
    for (const auto &[name, url, password] : {std::tuple {u"staging"_s, stagingUrl, stagingPassword},
             std::tuple {u"production"_s, productionUrl, productionPassword}}) {
        child<QPushButton>(dialog, u"addProfile"_s)->click();
        setText(dialog, u"profileName"_s, name);
        setText(dialog, u"profileUrl"_s, url);
        setText(dialog, u"profileEmail"_s, email);
        setText(dialog, u"profilePassword"_s, password);
    }
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(accepted.size(), 1);
}

bool TestProfiles::submit(MainWindow &window)
{
    window.findChild<QAction *>(u"clearAction"_s)->trigger();
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    drop(&window, {TestSupport::examplesDir()});
    if (!loaded.wait(20000))
        return false;
    if (!QTest::qWaitFor([&] { return window.model()->count(ResultEntry::Status::Valid) == 4; }, 10000))
        return false;
    QSignalSpy submitted(&window, &MainWindow::submitFinished);
    window.findChild<QAction *>(u"submitAction"_s)->trigger();
    return submitted.wait(30000) && submitted.constFirst().constFirst().toBool();
}

void TestProfiles::twoProfilesInTheWindow()
{
    {
        MainWindow window;
        window.show();
        child<QComboBox>(&window, u"runReason"_s)->setCurrentText(u"commit"_s);
        setText(&window, u"githubRepository"_s, u"example/project"_s);
        setText(&window, u"githubCommit"_s, commitSha);
        makeProfiles(window, m_staging.url(), m_production.url());

        auto *picker = child<QComboBox>(&window, u"serverProfile"_s);
        QCOMPARE(picker->count(), 3); // none, staging, production
        picker->setCurrentIndex(picker->findText(u"staging"_s));
        QCOMPARE(window.serverBox()->currentProfile(), u"staging"_s);
        QCOMPARE(child<QLineEdit>(&window, u"serverUrl"_s)->text(), m_staging.url());
        QVERIFY(submit(window));
        QCOMPARE(m_staging.results().size(), 4);
        QCOMPARE(m_production.results().size(), 0);

        picker->setCurrentIndex(picker->findText(u"production"_s));
        QCOMPARE(child<QLineEdit>(&window, u"serverUrl"_s)->text(), m_production.url());
        QCOMPARE(child<QLineEdit>(&window, u"serverPassword"_s)->text(), productionPassword);
        QVERIFY(submit(window));
        QCOMPARE(m_staging.results().size(), 4);
        QCOMPARE(m_production.results().size(), 4);
        window.close();
    }

    // The last profile used comes back in a new window.
    {
        MainWindow window;
        QCOMPARE(window.serverBox()->currentProfile(), u"production"_s);
        QCOMPARE(child<QComboBox>(&window, u"serverProfile"_s)->currentText(), u"production"_s);
        QCOMPARE(child<QLineEdit>(&window, u"serverUrl"_s)->text(), m_production.url());
    }

    // The settings file holds the profiles but neither password.
    QSettings().sync();
    QFile file(QSettings().fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(QSettings().fileName()));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("staging"));
    QVERIFY(text.contains(m_production.url().toUtf8()));
    QVERIFY(!text.contains(stagingPassword.toUtf8()));
    QVERIFY(!text.contains(productionPassword.toUtf8()));
}

// The profile's URL changed in the window while a submission is sending, then the window closed
// with "Quit" while it still sends: the change is in the settings file, as any other.
void TestProfiles::aUrlEditedWhileSendingIsKeptWhenQuitting()
{
    QTemporaryDir dir;
    for (int i = 0; i < 30; ++i) {
        QFile file(dir.filePath(u"r%1.json"_s.arg(i, 2, 10, QChar(u'0'))));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"run_reason": "commit", "tags": {"name": "slow-)" + QByteArray::number(i)
            + R"("}, "stats": {"data": [1, 2], "unit": "s"}})");
    }
    const QString edited = u"https://conbench.example.org"_s;
    {
        MainWindow window;
        window.show();
        child<QComboBox>(&window, u"runReason"_s)->setCurrentText(u"commit"_s);
        setText(&window, u"githubRepository"_s, u"example/project"_s);
        setText(&window, u"githubCommit"_s, commitSha);
        makeProfiles(window, m_staging.url(), m_production.url());
        auto *picker = child<QComboBox>(&window, u"serverProfile"_s);
        picker->setCurrentIndex(picker->findText(u"staging"_s));
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        drop(&window, {dir.path()});
        QVERIFY(loaded.wait(20000));
        QTRY_COMPARE(window.model()->count(ResultEntry::Status::Valid), 30);
        QVERIFY(
            m_staging.setFaults(R"([{"kind": "slow", "path": "/api/benchmark-results/", "delay_ms": 400}])"));
        window.findChild<QAction *>(u"submitAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->count(ResultEntry::Status::Sent) >= 4, 10000);
        QVERIFY(window.isSubmitting());

        setText(&window, u"serverUrl"_s, edited);
        QCOMPARE(window.serverBox()->profiles().at(0).url, edited);
        auto *timer = new QTimer(&window);
        timer->setInterval(50);
        connect(timer, &QTimer::timeout, timer, [timer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer->stop();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        timer->start();
        QVERIFY(window.isSubmitting());
        QVERIFY(window.close());
    }
    QVERIFY(m_staging.setFaults("[]"));
    QSettings settings;
    const QList<ServerProfile> profiles = ClientSettings::readProfiles(settings);
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).name, u"staging"_s);
    QCOMPARE(profiles.at(0).url, edited);
    MainWindow again;
    QCOMPARE(again.serverBox()->currentProfile(), u"staging"_s);
    QCOMPARE(child<QLineEdit>(&again, u"serverUrl"_s)->text(), edited);
}

void TestProfiles::commandLineReadsProfiles()
{
    {
        MainWindow window;
        makeProfiles(window, m_staging.url(), m_production.url());
    }
    QVERIFY(QFile::exists(m_configDir.filePath(u"benchconnect/benchconnect.conf"_s)));
    const QString cli = TestSupport::cliPath();

    // --profile: the profile's URL and e-mail, the password from CONBENCH_PASSWORD.
    QProcessEnvironment env = cliEnvironment();
    env.insert(u"CONBENCH_PASSWORD"_s, productionPassword);
    ProgramRun run = TestSupport::run(cli, {u"post"_s, u"result"_s, u"--profile"_s, u"production"_s, u"-"_s},
        env, resultJson(u"by-option"_s));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(names(m_production.results()), QStringList {u"by-option"_s});
    QCOMPARE(m_staging.results().size(), 0);
    QVERIFY(!run.err.contains(productionPassword.toUtf8()));

    // BENCHCONNECT_PROFILE does the same; --profile wins over it.
    env = cliEnvironment();
    env.insert(u"CONBENCH_PASSWORD"_s, stagingPassword);
    env.insert(u"BENCHCONNECT_PROFILE"_s, u"staging"_s);
    run = TestSupport::run(cli, {u"post"_s, u"result"_s, u"-"_s}, env, resultJson(u"by-variable"_s));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(names(m_staging.results()), QStringList {u"by-variable"_s});
    env.insert(u"BENCHCONNECT_PROFILE"_s, u"no-such"_s);
    env.insert(u"CONBENCH_PASSWORD"_s, productionPassword);
    run = TestSupport::run(cli, {u"post"_s, u"result"_s, u"--profile"_s, u"production"_s, u"-"_s}, env,
        resultJson(u"option-over-variable"_s));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_production.results().size(), 2);

    // CONBENCH_URL, when set, wins over the profile's URL (the profile's e-mail stays).
    env = cliEnvironment();
    env.insert(u"BENCHCONNECT_PROFILE"_s, u"production"_s);
    env.insert(u"CONBENCH_URL"_s, m_staging.url());
    env.insert(u"CONBENCH_PASSWORD"_s, stagingPassword);
    run = TestSupport::run(cli, {u"post"_s, u"result"_s, u"-"_s}, env, resultJson(u"url-wins"_s));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(names(m_staging.results()), (QStringList {u"by-variable"_s, u"url-wins"_s}));
    QCOMPARE(m_production.results().size(), 2);

    // An unknown profile is an error naming the profiles there are; nothing is sent.
    env = cliEnvironment();
    env.insert(u"CONBENCH_PASSWORD"_s, stagingPassword);
    run = TestSupport::run(
        cli, {u"post"_s, u"result"_s, u"--profile"_s, u"stagin"_s, u"-"_s}, env, resultJson(u"never"_s));
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("\"stagin\"") && run.err.contains("staging, production"), run.err.constData());
    QCOMPARE(m_staging.results().size(), 2);
    QCOMPARE(m_production.results().size(), 2);

    // A profile that logs in needs CONBENCH_PASSWORD: the command-line program reads no keychain.
    env.remove(u"CONBENCH_PASSWORD"_s);
    run = TestSupport::run(
        cli, {u"post"_s, u"result"_s, u"--profile"_s, u"staging"_s, u"-"_s}, env, resultJson(u"never"_s));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("CONBENCH_PASSWORD"), run.err.constData());
    QCOMPARE(m_staging.results().size(), 2);
}

void TestProfiles::unusableProfiles()
{
    // No settings file at all: the error says there are no profiles.
    QProcessEnvironment env = cliEnvironment();
    QTemporaryDir empty;
    env.insert(u"XDG_CONFIG_HOME"_s, empty.path());
    ProgramRun run = TestSupport::run(TestSupport::cliPath(),
        {u"post"_s, u"result"_s, u"--profile"_s, u"staging"_s, u"-"_s}, env, resultJson(u"never"_s));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("no profiles"), run.err.constData());

    // The dialog refuses two profiles of one name and a URL that cannot be used.
    MainWindow window;
    SettingsDialog *dialog = window.showPreferences();
    child<QPushButton>(dialog, u"addProfile"_s)->click();
    setText(dialog, u"profileName"_s, u"lab"_s);
    setText(dialog, u"profileUrl"_s, m_staging.url() + u"/api"_s);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, u"settingsError"_s)->text().contains(u"/api"_s));
    setText(dialog, u"profileUrl"_s, m_staging.url());
    child<QPushButton>(dialog, u"addProfile"_s)->click();
    setText(dialog, u"profileName"_s, u"lab"_s);
    setText(dialog, u"profileUrl"_s, m_production.url());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(child<QLabel>(dialog, u"settingsError"_s)->text().contains(u"\"lab\""_s));
    child<QPushButton>(dialog, u"removeProfile"_s)->click();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(window.serverBox()->profiles().size(), 1);
    QCOMPARE(ClientSettings::readProfiles(QSettings()).size(), 1);
}

void TestProfiles::passwordPerProfileInKeychain()
{
    if (!qEnvironmentVariableIsSet("BENCHCONNECT_KEYCHAIN_TEST"))
        QSKIP("needs a keychain: tests/app/keychain-test.sh runs this");
    {
        MainWindow window;
        QSignalSpy written(window.serverBox()->passwordStore(), &PasswordStore::written);
        makeProfiles(window, m_staging.url(), m_production.url());
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 2, 10000);
        QStringList accounts {written.at(0).at(0).toString(), written.at(1).at(0).toString()};
        accounts.sort();
        QCOMPARE(accounts,
            (QStringList {PasswordStore::profileAccount(u"production"_s),
                PasswordStore::profileAccount(u"staging"_s)}));
        window.serverBox()->setCurrentProfile(u"staging"_s);
        window.close();
    }
    // A new window knows no password of this session: each comes from the keychain, per profile.
    MainWindow window;
    auto *password = child<QLineEdit>(&window, u"serverPassword"_s);
    QTRY_COMPARE_WITH_TIMEOUT(password->text(), stagingPassword, 10000);
    window.serverBox()->setCurrentProfile(u"production"_s);
    QTRY_COMPARE_WITH_TIMEOUT(password->text(), productionPassword, 10000);

    // Removing a profile removes its password from the keychain.
    SettingsDialog *dialog = window.showPreferences();
    auto *list = child<QListWidget>(dialog, u"profileList"_s);
    list->setCurrentRow(1);
    QCOMPARE(child<QLineEdit>(dialog, u"profileName"_s)->text(), u"production"_s);
    child<QPushButton>(dialog, u"removeProfile"_s)->click();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    PasswordStore store;
    QSignalSpy read(&store, &PasswordStore::passwordRead);
    QTest::qWait(500); // the removal is asynchronous
    store.read(PasswordStore::profileAccount(u"production"_s));
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(0).at(1).toString(), QString());
    QCOMPARE(store.availability(), PasswordStore::Availability::Available);
}

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
