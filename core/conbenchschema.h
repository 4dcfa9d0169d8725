// SPDX-License-Identifier: MIT
#pragma once

#include "schemavalidator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What a Conbench server of one generation refuses in what it is sent: the schemas of its OpenAPI
// document (checked as marshmallow does, see SchemaValidator), the object-level rules of its
// schemas, and the checks it makes after the schema when it stores a result
// (BenchmarkResult.create). The documents are resources of the core (":/openapi/").
//
// The test server answers with these rules, in Conbench's words; benchconnect checks every result
// with them before anything is sent, in words that name the field.
class ConbenchSchema
{
    Q_DECLARE_TR_FUNCTIONS(ConbenchSchema)

public:
    enum class Generation
    {
        Unknown, // not known: only what both generations refuse counts
        Conbench2023, // servers up to August 2023 (runs are entities)
        Current, // later servers (runs exist through their results)
    };
    // "2023" or "current"; empty for Unknown.
    static QString generationName(Generation generation);
    // Accepts "2023", "2023-08" and "current"; false for anything else.
    static bool parseGeneration(const QString &text, Generation *generation);

    // Why a server would refuse a result: the field concerned ("stats.unit", "machine_info"; empty
    // for the result as a whole) and the reason, for people.
    struct Problem
    {
        QString field;
        QString reason;
        QString text() const; // "stats.unit: \"ms\" is not a unit Conbench accepts (s, ns, B/s, i/s)"
        bool operator==(const Problem &other) const = default;
    };

    // The rules of one generation (not Unknown), shared and loaded once.
    static const ConbenchSchema &of(Generation generation);
    // Loads the generation's OpenAPI document; see isValid().
    explicit ConbenchSchema(Generation generation);

    bool isValid() const { return m_loadError.isEmpty(); }
    QString loadError() const { return m_loadError; }
    Generation generation() const { return m_generation; }
    const SchemaValidator &validator() const { return m_validator; }

    // --- In Conbench's words (the test server) ---
    // What Conbench's ApiEndpoint.validate() makes of a body before the schema sees it: first-level
    // strings that are empty or blank become null, and so does "" in github.pr_number and
    // github.branch.
    static QJsonObject normalized(const QJsonObject &body);
    // marshmallow's error structure for the body (normalized first); empty when the schema takes it.
    QJsonObject validate(const QString &schemaName, const QJsonObject &body) const;
    // What Conbench refuses after the schema when it stores a result, in its words; empty when
    // nothing.
    QString resultRefusal(const QJsonObject &result) const;
    // The units the document allows for stats.unit, in its order.
    QStringList allowedUnits() const { return m_allowedUnits; }

    // --- In benchconnect's words (before sending) ---
    // Every reason a server of this generation would refuse the result (400); empty when it would
    // store it.
    QList<Problem> checkResult(const QJsonObject &result) const;
    // The same for a generation that may be Unknown: then a result is refused only when the
    // servers of both generations would refuse it.
    static QList<Problem> checkResult(const QJsonObject &result, Generation generation);

private:
    struct Finding
    {
        QString field; // relative to the object the rule looked at
        QString conbench; // Conbench's message
        QString reason; // for people
    };
    static QList<Finding> githubFindings(const QJsonObject &github);
    static QList<Finding> hardwareFindings(const QJsonObject &data);
    static QList<Finding> resultFindings(const QJsonObject &data);
    QList<Finding> findingsAfterSchema(const QJsonObject &result) const;
    QStringList readAllowedUnits() const;
    QList<Finding> rulesOf(const QString &schemaName, const QJsonObject &object) const;
    void collect(const QJsonObject &errors, const QString &schemaName, const QJsonValue &value,
        const QString &prefix, QList<Problem> *problems) const;

    Generation m_generation;
    SchemaValidator m_validator;
    // Read from the document once: every result's unit is looked up in it.
    QStringList m_allowedUnits;
    QString m_loadError;
};
