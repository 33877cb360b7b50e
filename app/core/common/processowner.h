#pragma once

#include <QString>

namespace tricheck {

// Who writes a journaled record (a batch, an attempt in flight), so that another process can tell
// whether that writer still runs: "host:pid:random" (the random part tells two runs with the same
// process id apart where the owner is compared, not where liveness is).
class ProcessOwner
{
public:
    // This process's owner text (the same for its whole life).
    static QString current();
    // True when `owner` names a process of this computer that no longer runs. A process of another
    // computer, or a process id in use (this process's too, whatever the random part) are not gone:
    // only time can tell about them.
    static bool isGone(const QString& owner);
    // True when `owner` names a process of this computer.
    static bool isLocal(const QString& owner);
};

} // namespace tricheck
