#pragma once

namespace tricheck::cli {

// Exit statuses of tricheck-cli; part of its scripting contract (documented in --help).
enum ExitStatus : int {
    ExitOk = 0,          // a verification result (any BizCode), or the command completed
    ExitFailure = 1,     // an internal failure that fits no other class
    ExitUsage = 2,       // usage or input validation error, bad file
    ExitApiError = 3,    // an error returned by the service
    ExitNetwork = 4,     // network, TLS or timeout
    ExitCredentials = 5, // no usable credentials
    ExitBudget = 6,      // refused or stopped by this month's budget (nothing billed past it)
    ExitKeyMismatch = 7, // the fingerprint key is not the history's: an identity search is refused
    ExitInterrupted = 130,
};

} // namespace tricheck::cli
