#include "udpengine.h"
