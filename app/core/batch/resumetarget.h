#pragma once

#include "batch/batchjournal.h"
#include "verification/verificationservice.h"

namespace tricheck::batch {

// Where a resumed batch's remaining rows go.
struct ResumeTarget
{
    verification::ServiceTarget target;
    bool endpointFromBatch = false; // the batch's own endpoint, which is not today's
    bool schemeFromBatch = false;   // the batch's own signature scheme, which is not today's
};

// A batch is answered by one service and signed one way: a resumed batch keeps the endpoint and
// signature scheme it was started with (saved in its journal), with today's credentials, as
// `tricheck-cli batch --resume` does. Today's are kept where the administrator's policy locks them,
// and for the sandbox, whose port changes with every start; a saved value that no longer parses is
// ignored.
ResumeTarget
resumeTarget(const BatchInfo& batch, const verification::ServiceTarget& today, bool endpointLocked, bool schemeLocked);

} // namespace tricheck::batch
