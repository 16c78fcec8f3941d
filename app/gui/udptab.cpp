#include "udptab.h"
