#include "signalwatcher.h"
