#include "udpautoreply.h"
