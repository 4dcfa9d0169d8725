#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QWidget>

class GitProbe;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSettings;
class QTableWidget;
class QTreeWidget;
class QStackedWidget;

// Composes the run: reason, name, run tags, the GitHub context (from CONBENCH_PROJECT_* or a local git
// checkout), the machine info that will be sent (or cluster info instead), and how the run ended.
class RunComposer : public QWidget
{
    Q_OBJECT

public:
    explicit RunComposer(QWidget *parent = nullptr);

    // The run as the user composed it, before defaults are filled (the Augmenter does that). Carries
    // "github": null when no repository and commit are given. False with *error when unusable.
    bool composeRun(QJsonObject *run, QString *error) const;
    // Why the run cannot be composed as the fields are (what it lacks, what is malformed); empty
    // when it can. Cheap: it gathers nothing.
    QString problem() const;
    // finish run's fields: error_type and error_info when filled (finished_timestamp is added later).
    bool composeFinish(QJsonObject *update, QString *error) const;
    QJsonObject runTags() const;

    QString reason() const;
    QString repository() const;
    QString commit() const;
    QString prNumber() const;
    QString branch() const;
    QString hostNameOverride() const;
    bool usesCluster() const;

    // The machine_info to send: this machine's, with the host name override applied. Gathered on a
    // worker thread at start; until it arrives, calling this waits for it.
    QJsonObject machineInfo() const;

    void restore(const QSettings &settings);
    void save(QSettings &settings) const;
    // CONBENCH_PROJECT_* and CONBENCH_MACHINE_INFO_NAME, when set, win over remembered inputs.
    void applyEnvironment(const QProcessEnvironment &env);

    // Fills repository and commit from a git checkout (asynchronously).
    void readGitCheckout(const QString &directory);

public slots:
    void chooseGitCheckout();

signals:
    void changed();
    void logMessage(const QString &message);
    void gitCheckoutRead(bool ok);

private:
    void updateNamePlaceholder();
    void showMachineInfo(const QJsonObject &info);
    void addTagRow(const QString &key = {}, const QString &value = {});
    void checkFields();

    QComboBox *m_reason;
    QLineEdit *m_name;
    QTableWidget *m_tags;
    QLineEdit *m_repository;
    QLineEdit *m_commit;
    QLineEdit *m_prNumber;
    QLineEdit *m_branch;
    QLabel *m_gitNote;
    QLabel *m_repositoryProblem;
    QLabel *m_commitProblem;
    QLabel *m_clusterInfoProblem;
    QLabel *m_errorInfoProblem;
    QRadioButton *m_machineChoice;
    QRadioButton *m_clusterChoice;
    QStackedWidget *m_machineStack;
    QLineEdit *m_hostName;
    QTreeWidget *m_machineView;
    QLineEdit *m_clusterName;
    QPlainTextEdit *m_clusterInfo;
    QLineEdit *m_errorType;
    QPlainTextEdit *m_errorInfo;
    GitProbe *m_git;
    QJsonObject m_machineInfo; // gathered, without the override
    QString m_gitDirectory;
};
