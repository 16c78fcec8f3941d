#include "trafficlogdock.h"
