// The translations: complete for every tr() string of the sources (lupdate run here finds nothing
// new and nothing gone), with the placeholders and plural forms each language needs; and the
// programs speak the user's language, while machine-readable output stays as it is.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // unfinished, obsolete, vanished, or empty when finished
    QStringList translations; // one, or the plural forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (!message.numerus) {
                message.translations = {xml.readElementText()};
                messages.append(message);
            } else {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1)
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
                messages.append(message);
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString translationsDir()
{
    return sourceDir() + u"/translations"_s;
}

const QStringList languages {u"de"_s, u"es"_s, u"fr"_s, u"ja"_s};

QString lupdatePath()
{
    for (const QString &candidate : {u"/usr/lib/qt6/bin/lupdate"_s, u"/usr/lib/qt6/libexec/lupdate"_s}) {
        if (QFile::exists(candidate))
            return candidate;
    }
    return QStandardPaths::findExecutable(u"lupdate"_s);
}

QStringList translatedSources()
{
    QStringList files;
    for (const QString &part : {u"core"_s, u"cli"_s, u"app"_s}) {
        QDirIterator it(
            sourceDir() + u'/' + part, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

QSet<QString> keysOf(const QList<Message> &messages)
{
    QSet<QString> keys;
    for (const Message &m : messages)
        keys.insert(m.context + u'\x1f' + m.source + u'\x1f' + m.comment);
    return keys;
}

// The translation of an English message in a language's file.
QString translationOf(const QString &language, const QString &source)
{
    QString error;
    for (const Message &m : readTs(translationsDir() + u"/benchconnect_%1.ts"_s.arg(language), &error)) {
        if (m.source == source && !m.translations.isEmpty())
            return m.translations.constFirst();
    }
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages
            = readTs(translationsDir() + u"/benchconnect_%1.ts"_s.arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        static const QRegularExpression placeholder(u"%L?(\\d+|n)"_s);
        const int forms = language == u"ja"_s ? 1 : 2;
        for (const Message &m : messages) {
            const QString what = m.context + u": "_s + m.source.left(60);
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + u" entry: "_s + what));
            QCOMPARE(m.translations.size(), m.numerus ? forms : 1);
            QSet<QString> expected;
            for (const auto &match : placeholder.globalMatch(m.source))
                expected.insert(match.captured());
            for (const QString &translation : m.translations) {
                QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(u"empty translation: "_s + what));
                QSet<QString> found;
                for (const auto &match : placeholder.globalMatch(translation))
                    found.insert(match.captured());
                if (m.numerus && forms == 2 && m.translations.indexOf(translation) == 0) {
                    // A singular form may spell the number out ("ein Ergebnis").
                    for (const QString &count : {u"%n"_s, u"%Ln"_s}) {
                        if (expected.contains(count))
                            found.insert(count);
                    }
                }
                QVERIFY2(found == expected,
                    qPrintable(u"placeholders differ in "_s + what + u" -> "_s + translation));
                QCOMPARE(translation.count(u"\n\n"_s), m.source.count(u"\n\n"_s));
            }
        }
    }

    // lupdate over today's sources finds nothing that the .ts files lack, and nothing they hold
    // that the sources no longer have.
    void translationsFollowTheSources()
    {
        const QString lupdate = lupdatePath();
        QVERIFY2(!lupdate.isEmpty(), "lupdate not found (qt6-l10n-tools)");
        QTemporaryDir dir;
        for (const QString &language : languages) {
            const QString original = translationsDir() + u"/benchconnect_%1.ts"_s.arg(language);
            const QString copy = dir.filePath(QFileInfo(original).fileName());
            QVERIFY(QFile::copy(original, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            const ProgramRun update = run(lupdate,
                QStringList {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s}
                    + translatedSources() + QStringList {u"-ts"_s, copy},
                cleanEnvironment());
            QVERIFY2(update.exitCode == 0, update.err.constData());
            QString error;
            const QSet<QString> before = keysOf(readTs(original, &error));
            const QSet<QString> after = keysOf(readTs(copy, &error));
            const QSet<QString> missing = after - before;
            const QSet<QString> gone = before - after;
            QVERIFY2(missing.isEmpty(),
                qPrintable(language + u": not in the .ts file (run the update_translations target): "_s
                    + QStringList(missing.begin(), missing.end()).join(u" | "_s).left(600)));
            QVERIFY2(gone.isEmpty(),
                qPrintable(language + u": no longer in the sources: "_s
                    + QStringList(gone.begin(), gone.end()).join(u" | "_s).left(600)));
        }
    }

    void theProgramSpeaksTheLocalesLanguage()
    {
        const QString german = translationOf(u"de"_s, u"Subcommands:"_s);
        const QString japanese = translationOf(u"ja"_s, u"Subcommands:"_s);
        const QString french = translationOf(u"fr"_s, u"Subcommands:"_s);
        QVERIFY(!german.isEmpty() && german != u"Subcommands:"_s);

        QProcessEnvironment env = cleanEnvironment();
        env.remove(u"BENCHCONNECT_LANGUAGE"_s);
        env.remove(u"LANGUAGE"_s);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        const ProgramRun de = run(cliPath(), {u"--help"_s}, env);
        QCOMPARE(de.exitCode, 0);
        QVERIFY2(de.outLines().contains(german), de.out.constData());
        QVERIFY(!de.outLines().contains(u"Subcommands:"_s));

        env.insert(u"LANG"_s, u"ja_JP.UTF-8"_s);
        const ProgramRun ja = run(cliPath(), {u"--help"_s}, env);
        QVERIFY2(ja.outLines().contains(japanese), ja.out.constData());

        // BENCHCONNECT_LANGUAGE wins over the locale.
        env.insert(u"BENCHCONNECT_LANGUAGE"_s, u"fr"_s);
        const ProgramRun fr = run(cliPath(), {u"--help"_s}, env);
        QVERIFY2(fr.outLines().contains(french), fr.out.constData());

        // Errors are translated too; what a script reads is not.
        env.insert(u"BENCHCONNECT_LANGUAGE"_s, u"de"_s);
        const QString json = u"{\"tags\": {\"name\": \"x\"}, \"stats\": {\"data\": [1], \"unit\": \"s\"}, "
                             u"\"batch_id\": \"b\", \"timestamp\": \"2026-01-01T00:00:00+00:00\", "
                             u"\"github\": null, \"cluster_info\": {\"name\": \"c\", \"info\": {}, "
                             u"\"optional_info\": {}}}"_s;
        const ProgramRun augmented = run(cliPath(), {u"augment"_s, u"result"_s, u"--json"_s, json}, env);
        const ProgramRun english
            = run(cliPath(), {u"augment"_s, u"result"_s, u"--json"_s, json}, cleanEnvironment());
        QCOMPARE(augmented.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(augmented.out), QJsonDocument::fromJson(english.out));
        const ProgramRun unknown = run(cliPath(), {u"frobnicate"_s}, env);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(!unknown.err.contains("Unknown subcommand"), unknown.err.constData());
    }

    // Numbers in messages follow the language: 1,500 in English, 1.500 in German, whether the
    // language comes from the locale or from BENCHCONNECT_LANGUAGE.
    void numbersFollowTheLanguage()
    {
        const QByteArray line
            = "{\"tags\": {\"name\": \"x\"}, \"stats\": {\"data\": [1], \"unit\": \"s\"}}\n";
        const QByteArray input = line.repeated(1500);
        QProcessEnvironment env = cleanEnvironment();
        env.remove(u"BENCHCONNECT_LANGUAGE"_s);
        env.remove(u"LANGUAGE"_s);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        env.remove(u"LC_NUMERIC"_s);
        const auto lastLine = [&](const QProcessEnvironment &e) {
            const ProgramRun r = run(cliPath(), {u"check"_s, u"result"_s}, e, input);
            const QStringList lines = QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts);
            return lines.isEmpty() ? QString() : lines.constLast();
        };
        env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        const QString byLocale = lastLine(env);
        QVERIFY2(byLocale.contains(u"1.500 von 1.500"_s), qPrintable(byLocale));
        env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        const QString english = lastLine(env);
        QVERIFY2(english.contains(u"1,500 of 1,500"_s), qPrintable(english));
        env.insert(u"BENCHCONNECT_LANGUAGE"_s, u"de"_s);
        const QString byVariable = lastLine(env);
        QVERIFY2(byVariable.contains(u"1.500 von 1.500"_s), qPrintable(byVariable));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
