#pragma once

#include <QString>

// Prepares the process for a test: fresh, private XDG folders under CONSOLE_TEST_HOME (set by ctest), the
// organisation/application names the real programs use, and QStandardPaths pointing into them.
namespace TestEnvironment {
// Call first thing in initTestCase(). Wipes and recreates the test's private home.
void prepare();
// The test's private home folder.
QString home();
} // namespace TestEnvironment
