#include "historynotifier.h"

namespace tricheck::history {

struct HistoryNotifierHolder
{
    HistoryNotifier notifier;
};

Q_GLOBAL_STATIC(HistoryNotifierHolder, g_notifier)

HistoryNotifier* HistoryNotifier::instance()
{
    return &g_notifier->notifier;
}

} // namespace tricheck::history
