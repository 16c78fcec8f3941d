#include "payloadparser.h"
