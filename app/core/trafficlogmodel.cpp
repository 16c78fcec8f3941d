#include "trafficlogmodel.h"
