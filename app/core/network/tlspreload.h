#pragma once

namespace tricheck::network {

// Loads Qt's TLS backend (a plugin) and OpenSSL on a pool thread, once per process.
//
// Their first use otherwise happens on the GUI thread: the in-process sandbox and its HTTP server
// hold QSslConfigurations, and the first one made loads the plugin and OpenSSL from disk inside one
// event-loop turn. Measured while the desktop opens a history: making and starting the sandbox took
// 13 to 20 ms of the window's longest stall, 0.7 to 1.8 ms once TLS was loaded. Qt loads the backend
// under its own lock, so a use that comes first simply waits for the load in progress.
void preloadTlsInBackground();

} // namespace tricheck::network
