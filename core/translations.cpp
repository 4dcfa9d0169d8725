#include "translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
const QString directory = u":/i18n"_s;
}

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files = QDir(directory).entryList({u"benchconnect_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (file != u"benchconnect_en.qm"_s)
            languages.append(file.mid(13).chopped(3));
    }
    return languages;
}

QString Translations::install(const QProcessEnvironment &env, QStringList *warnings)
{
    static QTranslator *translator = nullptr;
    static QTranslator *qtTranslator = nullptr; // Qt's own messages: dialogs, buttons, network errors
    for (QTranslator **installed : {&translator, &qtTranslator}) {
        if (*installed) {
            QCoreApplication::removeTranslator(*installed);
            delete *installed;
            *installed = nullptr;
        }
    }
    const QString requested = env.value(u"BENCHCONNECT_LANGUAGE"_s).trimmed();
    QLocale locale = QLocale::system();
    if (!requested.isEmpty()) {
        locale = QLocale(requested);
        if (locale.language() == QLocale::C && requested != u"C"_s && requested != u"en"_s) {
            warnings->append(
                tr("BENCHCONNECT_LANGUAGE \"%1\" is not a language; the messages stay in English.")
                    .arg(requested));
            return {};
        }
        if (locale.language() != QLocale::English && locale.language() != QLocale::C
            && !available().contains(QLocale::languageToCode(locale.language()))) {
            warnings->append(
                tr("There is no translation for BENCHCONNECT_LANGUAGE \"%1\" (there are: %2); the "
                   "messages stay in English.")
                    .arg(requested, available().join(u", "_s)));
            return {};
        }
    }
    auto *candidate = new QTranslator;
    // English has a file of its own too, for its plural forms ("1 result"); it serves every
    // language without a translation.
    if (!candidate->load(locale, u"benchconnect"_s, u"_"_s, directory)
        && !candidate->load(u"benchconnect_en"_s, directory)) {
        delete candidate;
        return {};
    }
    translator = candidate;
    QCoreApplication::installTranslator(translator);
    // Qt's own texts (a file dialog's "Look in:", a button box's "Close", a network error) in the
    // same language, from the translations Qt installs (Debian: qt6-translations-l10n). Without them
    // those texts stay in English.
    const QLocale language(candidate->language());
    if (language.language() != QLocale::English && language.language() != QLocale::C) {
        auto *qt = new QTranslator;
        if (qt->load(language, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            qtTranslator = qt;
            QCoreApplication::installTranslator(qtTranslator);
        } else {
            delete qt;
        }
    }
    // Numbers and dates in messages (%L1, QLocale()) follow the language chosen, so that
    // BENCHCONNECT_LANGUAGE=de writes "1.234" as the German text around it expects.
    if (!requested.isEmpty())
        QLocale::setDefault(locale);
    return candidate->language();
}
