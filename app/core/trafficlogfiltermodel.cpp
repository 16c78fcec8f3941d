#include "trafficlogfiltermodel.h"
