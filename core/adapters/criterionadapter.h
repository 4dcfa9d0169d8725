#pragma once

#include "adapter.h"

// Rust Criterion's folder (target/criterion, or any folder inside it): one result per benchmark
// directory's new/ (base/ and the other baselines are earlier runs). stats.data is the time of one
// iteration in each sample (sample.json's times ÷ iters, ns); benchmark.json's group is tags.name,
// its function id and parameter are tags; the throughput and estimates.json's point estimates are
// kept in info.
class CriterionAdapter final : public Adapter
{
    Q_DECLARE_TR_FUNCTIONS(CriterionAdapter)

public:
    QString name() const override { return QStringLiteral("criterion"); }
    QString tool() const override { return QStringLiteral("Criterion.rs"); }
    QString title() const override { return tr("Rust Criterion's target/criterion folder"); }
    bool recognizes(const QString &fileName, const QByteArray &head) const override;
    bool convert(
        QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const override;
    bool readsFolders() const override { return true; }
    bool recognizesFolder(const QString &path) const override;
    bool convertFolder(const QString &path, qint64 maxFileBytes, ConvertedResults *results,
        QStringList *notes, QString *error) const override;
};
