#pragma once

#include "api/ApiError.h"

#include <QNetworkReply>

// How a finished QNetworkReply becomes an ApiError::Kind, in one pure function so the mapping is tested
// without a network. Why the call was stopped by us (timeout, size limit, cancel) comes first, because Qt
// reports all three as OperationCanceledError; then an HTTP status of 400 or more wins over Qt's error,
// because Qt also sets an error for those; then the transport error.
enum class StopReason { None, Cancelled, TimedOut, TooLarge, ContextGone };

ApiError::Kind classifyReply(StopReason stop, QNetworkReply::NetworkError error, int httpStatus);
