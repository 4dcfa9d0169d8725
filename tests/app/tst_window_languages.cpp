// The window in German, Spanish, French and Japanese: the menus, buttons and labels come from the
// translations, and every label and button shows its whole text at the window's first size; Qt's
// own dialogs and buttons speak the language too; the language chosen in Preferences is the
// window's at its next start.
// With BENCHCONNECT_SHOW_SECONDS and BENCHCONNECT_LANGUAGE set (under xvfb-run), it shows the
// window that long instead, for a screenshot.
#include "mainwindow.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// A widget whose text is cut short at its current size, named with its text; empty when none is.
QStringList cutShort(const QWidget &window)
{
    QStringList cut;
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty() && button->width() < button->sizeHint().width())
            cut.append(button->text());
    }
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty()
            && label->width() < label->sizeHint().width())
            cut.append(label->text());
    }
    // A column header narrower than its title (a column that shares the spare width takes what is
    // left, and is not counted).
    for (const QHeaderView *header : window.findChildren<QHeaderView *>()) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section) || header->sectionResizeMode(section) == QHeaderView::Stretch
                || (header->stretchLastSection() && header->visualIndex(section) == header->count() - 1))
                continue;
            if (header->sectionSize(section) < header->sectionSizeHint(section))
                cut.append(header->model()->headerData(section, Qt::Horizontal).toString());
        }
    }
    return cut;
}

} // namespace

class TestWindowLanguages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        // The window started again (startsInTheLanguageChosenInPreferences) reads the first one's.
        const QString settings = qEnvironmentVariable("BENCHCONNECT_TEST_SETTINGS");
        QSettings::setPath(
            QSettings::IniFormat, QSettings::UserScope, settings.isEmpty() ? m_settings.path() : settings);
        QCoreApplication::setOrganizationName(u"benchconnect-test"_s);
        QCoreApplication::setApplicationName(u"benchconnect-languages-test"_s);
        qputenv("BENCHCONNECT_OUTBOX", m_settings.filePath(u"outbox"_s).toLocal8Bit());
    }

    void translatedAndNotCutShort_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"de"_s, u"es"_s, u"fr"_s, u"ja"_s})
            QTest::newRow(qPrintable(language)) << language;
    }

    void translatedAndNotCutShort()
    {
        QFETCH(QString, language);
        const int showSeconds = qEnvironmentVariableIntValue("BENCHCONNECT_SHOW_SECONDS");
        if (showSeconds > 0 && qEnvironmentVariable("BENCHCONNECT_LANGUAGE") != language)
            QSKIP("showing another language");
        QProcessEnvironment env;
        env.insert(u"BENCHCONNECT_LANGUAGE"_s, language);
        QStringList warnings;
        QCOMPARE(Translations::install(env, &warnings).left(2), language);
        QVERIFY(warnings.isEmpty());

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (showSeconds > 0) {
            QTest::qWait(showSeconds * 1000);
            return;
        }

        // The menus: each title is the translation of the English one, and not the English.
        const QStringList english {u"&File"_s, u"&Run"_s, u"&Help"_s};
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        for (const QString &source : english) {
            const QString translated = QCoreApplication::translate("MainWindow", source.toUtf8().constData());
            QVERIFY2(translated != source, qPrintable(language + u": no translation of "_s + source));
            QVERIFY2(titles.contains(translated), qPrintable(titles.join(u", "_s)));
        }
        // Buttons too: the window holds no English button text that has a translation.
        int translatedButtons = 0;
        for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (!button->text().isEmpty() && button->text().contains(QRegularExpression(u"[^\\x00-\\x7f]"_s)))
                ++translatedButtons;
        }
        if (language == u"ja"_s)
            QVERIFY2(translatedButtons >= 5, "the buttons are not in Japanese");

        const QStringList cut = cutShort(window);
        QVERIFY2(cut.isEmpty(), qPrintable(language + u": cut short: "_s + cut.join(u" | "_s)));
        // The window fits a 1280×800 screen.
        QVERIFY2(window.minimumSizeHint().width() <= 1280 && window.minimumSizeHint().height() <= 800,
            qPrintable(
                u"%1x%2"_s.arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
    }

    // Qt's own texts (a button box's buttons, a file dialog's labels) are in the language too.
    void qtsOwnTextsAreTranslated_data() { translatedAndNotCutShort_data(); }

    void qtsOwnTextsAreTranslated()
    {
        QFETCH(QString, language);
        QProcessEnvironment env;
        env.insert(u"BENCHCONNECT_LANGUAGE"_s, language);
        QStringList warnings;
        QCOMPARE(Translations::install(env, &warnings).left(2), language);

        QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
        for (const auto which : {QDialogButtonBox::Close, QDialogButtonBox::Cancel}) {
            const QString text = buttons.button(which)->text().remove(u'&');
            QVERIFY2(text != u"Close"_s && text != u"Cancel"_s, qPrintable(language + u": "_s + text));
        }
        QFileDialog dialog(nullptr, u"Add results"_s);
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        auto *lookIn = dialog.findChild<QLabel *>(u"lookInLabel"_s);
        QVERIFY(lookIn);
        QVERIFY2(
            lookIn->text().remove(u'&') != u"Look in:"_s, qPrintable(language + u": "_s + lookIn->text()));
    }

    // Preferences > General > Language, OK, and the window started again (a new process, as the user
    // starts it: no BENCHCONNECT_LANGUAGE, LANG=C.UTF-8) is in that language.
    void startsInTheLanguageChosenInPreferences()
    {
        if (!qEnvironmentVariableIsEmpty("BENCHCONNECT_TEST_SETTINGS"))
            QSKIP("the window started again");
        {
            QProcessEnvironment english;
            english.insert(u"BENCHCONNECT_LANGUAGE"_s, u"en"_s);
            QStringList warnings;
            Translations::install(english, &warnings);
            MainWindow window;
            window.show();
            for (const QString &language : {u"de"_s, u"fr"_s}) { // twice: the second choice wins
                SettingsDialog *preferences = window.showPreferences();
                preferences->showPage(SettingsDialog::Page::General);
                auto *choice = preferences->findChild<QComboBox *>(u"language"_s);
                QVERIFY(choice);
                const int index = choice->findData(language);
                QVERIFY(index > 0);
                choice->setCurrentIndex(index);
                preferences->accept();
            }
            window.close();
        }
        const QStringList arguments {u"startedAgain"_s};
        QProcess again;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"BENCHCONNECT_LANGUAGE"_s, u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
            env.remove(name);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"BENCHCONNECT_TEST_SETTINGS"_s, m_settings.path());
        again.setProcessEnvironment(env);
        again.start(QCoreApplication::applicationFilePath(), arguments);
        QVERIFY(again.waitForFinished(60000));
        const QByteArray output = again.readAllStandardOutput() + again.readAllStandardError();
        QVERIFY2(again.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestWindowLanguages::startedAgain()"), output.constData());
        // One language key, in one section.
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.count("language="), 1);
        QVERIFY2(text.contains("language=fr"), text.constData());
    }

    // In the process startsInTheLanguageChosenInPreferences starts: the language comes from the
    // settings file, as at the window's start.
    void startedAgain()
    {
        if (qEnvironmentVariableIsEmpty("BENCHCONNECT_TEST_SETTINGS"))
            QSKIP("run by startsInTheLanguageChosenInPreferences");
        QStringList warnings;
        QCOMPARE(SettingsDialog::installLanguage(&warnings).left(2), u"fr"_s);
        MainWindow window;
        window.show();
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        QVERIFY2(titles.contains(u"&Fichier"_s), qPrintable(titles.join(u", "_s)));
    }
};

QTEST_MAIN(TestWindowLanguages)
#include "tst_window_languages.moc"
