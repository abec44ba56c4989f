#pragma once

// Starting the console again, for what takes effect only at start (a new language). request() closes the
// windows as the person would (the geometry is kept) and ends the event loop; main() then calls
// startAgain() once this process has let go of its single-instance lock, so the new process becomes the
// running instance instead of handing its launch back to this one.
namespace Relaunch {
void request();
bool isRequested();
// Starts this program again with the same arguments, detached. False if it could not be started.
bool startAgain();
} // namespace Relaunch
