// SPDX-License-Identifier: MIT
#include "schemavalidator.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTime>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString refPrefix = u"#/components/schemas/"_s;

QJsonArray messages(const QString &message)
{
    return QJsonArray {message};
}

bool isIntegerString(const QString &text)
{
    static const QRegularExpression re(u"^\\s*[+-]?[0-9]+(_[0-9]+)*\\s*$"_s);
    return re.match(text).hasMatch();
}

// What Python's decimal.Decimal() accepts, roughly.
bool isDecimalString(const QString &text)
{
    static const QRegularExpression re(u"^\\s*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"_s);
    return re.match(text).hasMatch();
}

bool isSpecialNumberString(const QString &text)
{
    static const QRegularExpression re(
        u"^\\s*[+-]?(nan|snan|inf|infinity)\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

// marshmallow's ISO 8601 datetime parser (from_iso_datetime).
bool isIsoDateTime(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{1,2})"
                                       "(?::(\\d{1,2})(?:\\.(\\d{1,6})\\d{0,6})?)?"
                                       "(Z|[+-]\\d{2}(?::?\\d{2})?)?$"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int second = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), second);
    if (!date.isValid() || !time.isValid())
        return false;
    const QString zone = m.captured(8);
    if (zone.size() > 1) {
        const int hours = zone.mid(1, 2).toInt();
        const QString rest = zone.mid(3).remove(u':');
        const int minutes = rest.isEmpty() ? 0 : rest.toInt();
        if (hours > 23 || minutes > 59)
            return false;
    }
    return true;
}

bool isEmail(const QString &text)
{
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+$"_s);
    return re.match(text).hasMatch();
}

bool booleanValue(const QJsonValue &value, bool *ok)
{
    static const QStringList truthy = {u"t"_s, u"true"_s, u"on"_s, u"y"_s, u"yes"_s, u"1"_s};
    static const QStringList falsy = {u"f"_s, u"false"_s, u"off"_s, u"n"_s, u"no"_s, u"0"_s};
    *ok = true;
    if (value.isBool())
        return value.toBool();
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
        return value.toDouble() == 1;
    if (value.isString()) {
        const QString s = value.toString().toLower();
        if (truthy.contains(s))
            return true;
        if (falsy.contains(s))
            return false;
    }
    *ok = false;
    return false;
}

QString jsonScalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"True"_s : u"False"_s;
    return u"None"_s;
}

} // namespace

struct SchemaValidator::Node
{
    enum class Type
    {
        Any,
        Object,
        String,
        Integer,
        Number,
        Boolean,
        Array
    };
    enum class Format
    {
        None,
        DateTime,
        Email
    };

    QString refName; // the schema a $ref named, for its object-level rules
    bool nullable = false;
    QList<NodePointer> oneOf;
    QList<NodePointer> anyOf;
    Type type = Type::Any;
    bool hasProperties = false;
    bool additionalProperties = false;
    struct Property
    {
        NodePointer node;
        bool required = false; // named in "required"
    };
    QHash<QString, Property> properties;
    QStringList required;
    Format format = Format::None;
    NodePointer items;
    QJsonArray allowed; // "enum"
    QString allowedText; // the allowed values as the message names them
    // Nested too deep to compile in advance: compiled from this when a value reaches it.
    QJsonObject deferred;
    bool isDeferred = false;
};

SchemaValidator::SchemaValidator(const QJsonObject &openApiDocument)
    : m_schemas(openApiDocument.value(u"components"_s).toObject().value(u"schemas"_s).toObject())
{
    for (auto it = m_schemas.constBegin(); it != m_schemas.constEnd(); ++it)
        m_compiled.insert(it.key(), compile(it.value().toObject(), false, 0));
}

SchemaValidator::NodePointer SchemaValidator::compile(
    const QJsonObject &schemaIn, bool resolveRefs, int depth) const
{
    auto node = std::make_shared<Node>();
    // Deep enough for any real document; a schema that contains itself is compiled step by step.
    constexpr int maxDepth = 12;
    if (depth > maxDepth) {
        node->deferred = schemaIn;
        node->isDeferred = true;
        return node;
    }
    const QJsonObject schema = resolveRefs ? resolve(schemaIn, &node->refName) : schemaIn;
    node->nullable = schema.value(u"nullable"_s).toBool(false);
    for (const QJsonValue &branch : schema.value(u"oneOf"_s).toArray())
        node->oneOf.append(compile(branch.toObject(), true, depth + 1));
    for (const QJsonValue &branch : schema.value(u"anyOf"_s).toArray())
        node->anyOf.append(compile(branch.toObject(), true, depth + 1));

    node->hasProperties = schema.contains(u"properties"_s);
    QString type = schema.value(u"type"_s).toString();
    if (type.isEmpty() && node->hasProperties)
        type = u"object"_s;
    static const QHash<QString, Node::Type> types {{u"object"_s, Node::Type::Object},
        {u"string"_s, Node::Type::String}, {u"integer"_s, Node::Type::Integer},
        {u"number"_s, Node::Type::Number}, {u"boolean"_s, Node::Type::Boolean},
        {u"array"_s, Node::Type::Array}};
    node->type = types.value(type, Node::Type::Any);

    node->additionalProperties = schema.value(u"additionalProperties"_s).toBool(false);
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
        node->properties.insert(it.key(), {compile(it.value().toObject(), true, depth + 1)});
    for (const QJsonValue &r : schema.value(u"required"_s).toArray()) {
        const QString name = r.toString();
        if (node->required.contains(name))
            continue;
        node->required.append(name);
        const auto property = node->properties.find(name);
        if (property != node->properties.end())
            property->required = true;
    }

    const QString format = schema.value(u"format"_s).toString();
    if (format == u"date-time"_s)
        node->format = Node::Format::DateTime;
    else if (format == u"email"_s)
        node->format = Node::Format::Email;
    if (node->type == Node::Type::Array)
        node->items = compile(schema.value(u"items"_s).toObject(), true, depth + 1);

    node->allowed = schema.value(u"enum"_s).toArray();
    QStringList choices;
    for (const QJsonValue &a : std::as_const(node->allowed))
        choices << jsonScalarText(a);
    node->allowedText = choices.join(u", "_s);
    return node;
}

QStringList SchemaValidator::requiredFields(const QString &name) const
{
    QStringList out;
    const QJsonArray required = schema(name).value(u"required"_s).toArray();
    for (const QJsonValue &v : required)
        out << v.toString();
    return out;
}

QString SchemaValidator::propertySchemaName(const QString &schemaName, const QString &property) const
{
    const QJsonObject properties = resolve(schema(schemaName), nullptr).value(u"properties"_s).toObject();
    if (!properties.contains(property))
        return {};
    QString refName;
    resolve(properties.value(property).toObject(), &refName);
    return refName;
}

void SchemaValidator::addSchemaRule(const QString &schemaName, SchemaRule rule)
{
    m_rules[schemaName].append(std::move(rule));
}

QJsonObject SchemaValidator::validate(const QString &schemaName, const QJsonValue &value) const
{
    const auto compiled = m_compiled.constFind(schemaName);
    if (compiled == m_compiled.constEnd())
        return QJsonObject {{u"_schema"_s, messages(u"Unknown schema %1."_s.arg(schemaName))}};
    return validateObject(**compiled, schemaName, value);
}

// Follows $ref and merges a single-branch allOf (how apispec renders a
// marshmallow Nested field with a description) into one schema. Keywords of
// the outer schema (nullable, description) win.
QJsonObject SchemaValidator::resolve(const QJsonObject &schemaIn, QString *refName) const
{
    QJsonObject schema = schemaIn;
    for (int depth = 0; depth < 16; ++depth) {
        if (schema.contains(u"$ref"_s)) {
            const QString ref = schema.value(u"$ref"_s).toString();
            const QString name = ref.startsWith(refPrefix) ? ref.mid(refPrefix.size()) : ref;
            if (refName)
                *refName = name;
            QJsonObject target = m_schemas.value(name).toObject();
            for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
                if (it.key() != u"$ref"_s)
                    target.insert(it.key(), it.value());
            }
            schema = target;
            continue;
        }
        const QJsonArray allOf = schema.value(u"allOf"_s).toArray();
        if (!allOf.isEmpty()) {
            QJsonObject merged;
            QJsonObject properties;
            QJsonArray required;
            for (const QJsonValue &part : allOf) {
                const QJsonObject p = resolve(part.toObject(), refName);
                for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
                    if (it.key() == u"properties"_s) {
                        const QJsonObject props = it.value().toObject();
                        for (auto pit = props.constBegin(); pit != props.constEnd(); ++pit)
                            properties.insert(pit.key(), pit.value());
                    } else if (it.key() == u"required"_s) {
                        for (const QJsonValue &r : it.value().toArray())
                            required.append(r);
                    } else {
                        merged.insert(it.key(), it.value());
                    }
                }
            }
            if (!properties.isEmpty())
                merged.insert(u"properties"_s, properties);
            if (!required.isEmpty())
                merged.insert(u"required"_s, required);
            for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
                if (it.key() != u"allOf"_s)
                    merged.insert(it.key(), it.value());
            }
            schema = merged;
            continue;
        }
        break;
    }
    return schema;
}

QJsonObject SchemaValidator::validateObject(
    const Node &node, const QString &schemaName, const QJsonValue &value) const
{
    QJsonObject errors;
    if (!value.isObject()) {
        errors.insert(u"_schema"_s, messages(u"Invalid input type."_s));
        return errors;
    }
    const QJsonObject object = value.toObject();
    qsizetype requiredFound = 0;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto property = node.properties.constFind(it.key());
        if (property == node.properties.constEnd()) {
            if (!node.additionalProperties)
                errors.insert(it.key(), messages(u"Unknown field."_s));
            continue;
        }
        if (property->required)
            ++requiredFound;
        const QJsonValue fieldErrors = validateValue(*property->node, it.value());
        if (!fieldErrors.isUndefined())
            errors.insert(it.key(), fieldErrors);
    }
    // Counted on the way, where looking each required field up would scan the object once per
    // field; only when some is missing (or a required field is not among the properties) is it
    // looked up.
    if (requiredFound < node.required.size()) {
        for (const QString &name : node.required) {
            if (!object.contains(name))
                errors.insert(name, messages(u"Missing data for required field."_s));
        }
    }

    // Like marshmallow (skip_on_field_errors=True): schema-level rules run
    // only when every field is fine. All rules run; their messages add up.
    const auto rules = m_rules.constFind(schemaName);
    if (errors.isEmpty() && rules != m_rules.constEnd()) {
        QJsonArray schemaErrors;
        for (const SchemaRule &rule : *rules) {
            for (const QString &message : rule(object))
                schemaErrors.append(message);
        }
        if (!schemaErrors.isEmpty())
            errors.insert(u"_schema"_s, schemaErrors);
    }
    return errors;
}

QJsonValue SchemaValidator::validateValue(const Node &node, const QJsonValue &value) const
{
    if (node.isDeferred)
        return validateValue(*compile(node.deferred, true, 0), value);

    if (value.isNull()) {
        if (node.nullable)
            return QJsonValue(QJsonValue::Undefined);
        return messages(u"Field may not be null."_s);
    }

    for (const QList<NodePointer> *branches : {&node.oneOf, &node.anyOf}) {
        if (branches->isEmpty())
            continue;
        int passed = 0;
        QJsonValue firstError(QJsonValue::Undefined);
        for (const NodePointer &branch : *branches) {
            const QJsonValue e = validateValue(*branch, value);
            if (e.isUndefined())
                ++passed;
            else if (firstError.isUndefined())
                firstError = e;
        }
        const bool ok = branches == &node.anyOf ? passed >= 1 : passed == 1;
        if (!ok)
            return firstError.isUndefined() ? QJsonValue(messages(u"Invalid value."_s)) : firstError;
    }

    switch (node.type) {
    case Node::Type::Object:
        if (node.hasProperties) {
            QJsonObject nested = validateObject(node, node.refName, value);
            if (!nested.isEmpty())
                return nested;
        } else if (!value.isObject()) {
            return messages(u"Not a valid mapping type."_s);
        }
        break;
    case Node::Type::String:
        if (!value.isString())
            return messages(u"Not a valid string."_s);
        if (node.format == Node::Format::DateTime && !isIsoDateTime(value.toString()))
            return messages(u"Not a valid datetime."_s);
        if (node.format == Node::Format::Email && !isEmail(value.toString()))
            return messages(u"Not a valid email address."_s);
        break;
    case Node::Type::Integer: {
        // marshmallow Integer (strict=False): int(value); booleans refused.
        const bool ok = (value.isDouble() && std::isfinite(value.toDouble()))
            || (value.isString() && isIntegerString(value.toString()));
        if (!ok)
            return messages(u"Not a valid integer."_s);
        break;
    }
    case Node::Type::Number: {
        if (value.isString() && isSpecialNumberString(value.toString()))
            return messages(u"Special numeric values (nan or infinity) are not permitted."_s);
        const bool ok = value.isDouble() || (value.isString() && isDecimalString(value.toString()));
        if (!ok)
            return messages(u"Not a valid number."_s);
        break;
    }
    case Node::Type::Boolean: {
        bool ok = false;
        booleanValue(value, &ok);
        if (!ok)
            return messages(u"Not a valid boolean."_s);
        break;
    }
    case Node::Type::Array: {
        if (!value.isArray())
            return messages(u"Not a valid list."_s);
        const QJsonArray array = value.toArray();
        QJsonObject itemErrors;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue e = validateValue(*node.items, array.at(i));
            if (!e.isUndefined())
                itemErrors.insert(QString::number(i), e);
        }
        if (!itemErrors.isEmpty())
            return itemErrors;
        break;
    }
    case Node::Type::Any:
        break;
    }

    if (!node.allowed.isEmpty() && !node.allowed.contains(value))
        return messages(u"Must be one of: %1."_s.arg(node.allowedText));
    return QJsonValue(QJsonValue::Undefined);
}

QStringList SchemaValidator::flatten(const QJsonObject &errors, const QString &prefix)
{
    QStringList out;
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject()) {
            out << flatten(it.value().toObject(), path);
        } else {
            for (const QJsonValue &m : it.value().toArray())
                out << u"%1: %2"_s.arg(path, m.toString());
        }
    }
    return out;
}
