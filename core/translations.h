#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The user's language for every message of both programs: BENCHCONNECT_LANGUAGE ("de", "ja_JP"),
// else the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Machine-readable output is never
// translated. The translations are built into the programs (resource prefix :/i18n).
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    // Installs the translation for the application; returns the language loaded ("de"), or an
    // empty string when the messages stay in English. *warnings says why a requested language
    // cannot be used.
    static QString install(const QProcessEnvironment &env, QStringList *warnings);
    // The languages there are translations for, besides English ("de", "es", "fr", "ja").
    static QStringList available();
};
