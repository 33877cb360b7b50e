#include "historyfeed.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace tricheck::history {

namespace {

struct Registry
{
    QMutex mutex;
    QHash<QString, std::weak_ptr<HistoryFeed>> feeds;
};

Q_GLOBAL_STATIC(Registry, g_registry)

} // namespace

HistoryFeed::HistoryFeed(QString location)
    : m_location(std::move(location))
{ }

HistoryFeed::~HistoryFeed() = default;

std::shared_ptr<HistoryFeed> HistoryFeed::of(const QString& canonicalLocation)
{
    Registry* registry = g_registry();
    const QMutexLocker lock(&registry->mutex);
    if (auto existing = registry->feeds.value(canonicalLocation).lock())
        return existing;
    // Stores on any thread share it and the last one may go on any thread: it belongs to none.
    std::shared_ptr<HistoryFeed> feed(new HistoryFeed(canonicalLocation));
    feed->moveToThread(nullptr);
    registry->feeds.insert(canonicalLocation, feed);
    for (auto it = registry->feeds.begin(); it != registry->feeds.end();) {
        if (it->expired())
            it = registry->feeds.erase(it);
        else
            ++it;
    }
    return feed;
}

} // namespace tricheck::history
