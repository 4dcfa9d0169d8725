#pragma once

#include "adapter.h"

// The generic JSON of github-action-benchmark (customSmallerIsBetter / customBiggerIsBetter):
// [{"name", "unit", "value", "range"?, "extra"?}], so that projects moving from that action keep
// their files. Units are mapped to Conbench's (time to s or ns, rates to i/s, bytes per second to
// B/s); an entry whose unit has no Conbench counterpart is left out, with a note.
class CustomAdapter final : public Adapter
{
    Q_DECLARE_TR_FUNCTIONS(CustomAdapter)

public:
    QString name() const override { return QStringLiteral("custom"); }
    QString tool() const override { return QStringLiteral("github-action-benchmark"); }
    QString title() const override
    {
        return tr("github-action-benchmark's custom JSON ([{\"name\", \"unit\", \"value\"}])");
    }
    bool recognizes(const QString &fileName, const QByteArray &head) const override;
    bool convert(
        QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const override;

    // A unit of that format as Conbench's: false when there is none.
    static bool conbenchUnit(const QString &unit, double *factor, QString *conbench);
};
