#pragma once

#include "adapter.h"

// Vitest's benchmark JSON (vitest bench --outputJson): one result per benchmark, tagged with its
// file and describe() group; its samples (ms) in seconds as stats.data when the file keeps them,
// else its mean standing for the data with the summary statistics beside it. A benchmark without
// a measurement (it threw) is an error result.
class VitestAdapter final : public Adapter
{
    Q_DECLARE_TR_FUNCTIONS(VitestAdapter)

public:
    QString name() const override { return QStringLiteral("vitest"); }
    QString tool() const override { return QStringLiteral("Vitest"); }
    QString title() const override { return tr("Vitest benchmark JSON (vitest bench --outputJson)"); }
    bool recognizes(const QString &fileName, const QByteArray &head) const override;
    bool convert(
        QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const override;
};
