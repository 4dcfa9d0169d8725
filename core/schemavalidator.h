// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// Validates JSON against the schemas of an OpenAPI 3.0 document the way
// Conbench's marshmallow schemas do:
//  - a schema with "properties" rejects unknown fields ("Unknown field."),
//    unless it says additionalProperties: true;
//  - an object schema without properties takes any object;
//  - "integer" takes a JSON number or a string holding an integer,
//    "number" takes a number or a numeric string, "string" only strings;
//  - null only where "nullable" is true.
// Errors come back in marshmallow's shape: an object keyed by field name,
// each value a list of messages or, for nested objects and lists, another
// such object; "_schema" holds messages about the object as a whole.
//
// The document's schemas are compiled once, when the validator is made, into a tree of nodes with
// every $ref and allOf resolved, so that checking a result walks that tree and builds nothing.
class SchemaValidator
{
public:
    // A schema-level rule (marshmallow's @validates_schema). It runs only when
    // every field of the object passed, and returns messages for "_schema".
    using SchemaRule = std::function<QStringList(const QJsonObject &)>;

    SchemaValidator() = default;
    explicit SchemaValidator(const QJsonObject &openApiDocument);

    bool isEmpty() const { return m_schemas.isEmpty(); }
    bool hasSchema(const QString &name) const { return m_schemas.contains(name); }
    QJsonObject schema(const QString &name) const { return m_schemas.value(name).toObject(); }
    QStringList requiredFields(const QString &name) const;
    // The name of the schema a property of schemaName refers to (through $ref or a one-branch
    // allOf); empty when it refers to none.
    QString propertySchemaName(const QString &schemaName, const QString &property) const;

    void addSchemaRule(const QString &schemaName, SchemaRule rule);

    // Empty object: valid.
    QJsonObject validate(const QString &schemaName, const QJsonValue &value) const;

    // Flattens an error structure into "a.b: message" lines (for logs and tests).
    static QStringList flatten(const QJsonObject &errors, const QString &prefix = QString());

private:
    struct Node;
    using NodePointer = std::shared_ptr<const Node>;

    QJsonObject resolve(const QJsonObject &schema, QString *refName) const;
    // The node of a schema; resolveRefs: follow $ref and allOf first (every schema but a top-level
    // one). Below a depth of nesting, nodes are compiled when a value reaches them (recursive schemas).
    NodePointer compile(const QJsonObject &schema, bool resolveRefs, int depth) const;
    QJsonObject validateObject(const Node &node, const QString &schemaName, const QJsonValue &value) const;
    // Undefined when valid, else an array of messages or an object of nested errors.
    QJsonValue validateValue(const Node &node, const QJsonValue &value) const;

    QJsonObject m_schemas;
    QHash<QString, NodePointer> m_compiled; // each top-level schema, by name
    QHash<QString, QList<SchemaRule>> m_rules;
};
