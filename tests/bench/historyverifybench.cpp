#include "historybench.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>

namespace tricheck::bench {

namespace {

// One `tricheck-cli verify` call: its wall time in ms, or -1 when it did not verify. `policy`: the
// administrator's policy file it runs under (none: the machine's).
double verifyOnce(const QString& endpoint, const QStringList& historyArgs, const QString& policy = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!policy.isEmpty())
        env.insert(QStringLiteral("TRICHECK_POLICY_FILE"), policy);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("sandbox-access-key-id"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("sandbox-access-key-secret"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(TRICHECK_CLI_PATH),
            QStringList{QStringLiteral("verify"),
                        QStringLiteral("--mobile"),
                        QStringLiteral("13800138000"),
                        QStringLiteral("--name"),
                        QStringLiteral("张三"),
                        QStringLiteral("--id"),
                        QStringLiteral("11010519491231002X"),
                        QStringLiteral("--endpoint"),
                        endpoint} +
                historyArgs);
    // The sandbox answers from its own process; this one only waits.
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

void measureVerifyWithHistory(Context& context, const QString& history)
{
    Sandbox sandbox(false);
    if (sandbox.url().isEmpty())
        return context.note(QStringLiteral("the sandbox did not start: verify not measured"));
    // A monthly budget with a hard stop (far from used up): each single check first counts the
    // month's billed attempts.
    const QString policy = context.workDir() + QStringLiteral("/budget-policy.ini");
    {
        QFile file(policy);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write("[Policy]\nMonthlyBudget=1000000000\nBudgetHardStop=true\n") < 0)
            return context.note(QStringLiteral("cannot write the budget policy: verify not measured"));
    }
    QList<double> with;
    QList<double> without;
    QList<double> budgeted;
    for (int i = 0; i < 9; ++i) { // alternating, so that a load spike hits all alike
        const double h = verifyOnce(sandbox.url(), {QStringLiteral("--history"), history});
        const double n = verifyOnce(sandbox.url(), {QStringLiteral("--no-history")});
        const double b = verifyOnce(sandbox.url(), {QStringLiteral("--history"), history}, policy);
        if (h < 0 || n < 0 || b < 0)
            return context.note(QStringLiteral("tricheck-cli verify failed: not measured"));
        with.append(h);
        without.append(n);
        budgeted.append(b);
    }
    context.report(QStringLiteral("tricheck-cli verify, --no-history (median of 9)"),
                   median(without),
                   QStringLiteral("ms"));
    context.report(QStringLiteral("tricheck-cli verify with this history (median of 9)"),
                   median(with),
                   QStringLiteral("ms"));
    context.report(QStringLiteral("tricheck-cli verify: what the history adds"),
                   median(with) - median(without),
                   QStringLiteral("ms"),
                   Goal::AtMost,
                   100);
    context.report(QStringLiteral("tricheck-cli verify under a hard-stop budget (the month counted first): "
                                  "what the history adds"),
                   median(budgeted) - median(without),
                   QStringLiteral("ms"),
                   Goal::AtMost,
                   100);
}

} // namespace tricheck::bench
