#pragma once

#include "batch/batchjournal.h"
#include "common/expected.h"
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
// signature scheme it was started with (saved in its journal), with today's credentials. Today's are
// kept where they are chosen (a lock of the administrator's policy, or a flag of this run), and for
// a sandbox, whose port changes with every start; a saved value that no longer parses is ignored.
// A batch of a sandbox is never resumed against the real service, nor the other way round: the
// error (translated) says which way it went.
Expected<ResumeTarget, QString>
resumeTarget(const BatchInfo& batch, const verification::ServiceTarget& today, bool endpointChosen, bool schemeChosen);

} // namespace tricheck::batch
