<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddressInfo</name>
    <message numerus="yes">
        <source>An IPv4 address is 4 numbers separated by dots, but '%1' has %n number(s).</source>
        <translation>
            <numerusform>An IPv4 address is 4 numbers separated by dots, but '%1' has %n number.</numerusform>
            <numerusform>An IPv4 address is 4 numbers separated by dots, but '%1' has %n numbers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part %1 of the IPv4 address is empty: there are two dots in a row, or a dot at the start or the end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a number (part %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a number from 0 to 255 (part %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' has a leading zero (part %2). Write it without the zero: some programs read 010 as an octal number, which is 8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not allowed in an IPv6 address (position %2). Use the hex digits 0–9 and a–f, separated by ':'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'::' may appear only once in an IPv6 address: it stands for one run of zero groups, and with two of them nobody could tell how many zeros each one means.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' has an empty group: a single ':' must stand between two groups, and only '::' may leave groups out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the end of an IPv6 address may be written as an IPv4 address, as in ::ffff:192.0.2.1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group '%1' has more than 4 hex digits (group %2).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>'%1' has %n group(s) besides '::', but '::' must stand for at least one zero group, so at most 7 can be written.</source>
        <translation>
            <numerusform>'%1' has %n group besides '::', but '::' must stand for at least one zero group, so at most 7 can be written.</numerusform>
            <numerusform>'%1' has %n groups besides '::', but '::' must stand for at least one zero group, so at most 7 can be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An IPv6 address has 8 groups of hex digits separated by ':', but '%1' has %n. Use '::' to leave out a run of zero groups.</source>
        <translation>
            <numerusform>An IPv6 address has 8 groups of hex digits separated by ':', but '%1' has %n. Use '::' to leave out a run of zero groups.</numerusform>
            <numerusform>An IPv6 address has 8 groups of hex digits separated by ':', but '%1' has %n. Use '::' to leave out a run of zero groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type an IPv4 address such as 192.168.1.77 or an IPv6 address such as 2001:db8::1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spaces are not allowed inside an address (position %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' has a prefix length; type the address alone, without '/'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone after '%' is missing: write for example fe80::1%eth0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid IPv6 address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an IP address. An IPv4 address looks like 192.168.1.77 and an IPv6 address like 2001:db8::1. To find the address of a name, use "Resolve a name".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type an IPv4 address such as 192.168.1.77 or an IPv6 address such as 2001:db8::1, optionally followed by a prefix length such as /24.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The prefix length after '/' is missing: write for example %1/24.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The prefix length after '/' is missing: write for example %1/64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a prefix length: after '/' write a whole number of bits, such as 24.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The prefix length must be 0–32 for IPv4, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The prefix length must be 0–128 for IPv6, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unspecified (any address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"This network" (0.0.0.0/8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loopback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private (RFC 1918)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared address space, carrier-grade NAT (RFC 6598)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link-local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Multicast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limited broadcast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documentation (examples only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reserved (240.0.0.0/4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unique local (fc00::/7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IPv4-mapped IPv6 address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Global (public)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Means "no particular address". A server that binds to it listens on every address of the machine; it is never the destination of a packet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses in 0.0.0.0/8 mean "this network" and cannot be used as a destination.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traffic to a loopback address never leaves this machine. Use it to test a client and a server on the same computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used inside homes, schools and companies (10/8, 172.16/12, 192.168/16). Routers on the internet drop them; such machines reach the internet through NAT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used by internet providers between their NAT and their customers' routers (100.64.0.0/10). Not reachable from the internet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid only on one link (one cable or Wi-Fi network); routers never forward it. A machine gives itself one when no DHCP server answers (IPv4) or always (IPv6).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses a group of receivers instead of one machine; receivers must join the group. Used with UDP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>255.255.255.255 reaches every machine on the local network segment, and no router forwards it. Used with UDP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reserved for examples in books and manuals (192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32); not routed on the internet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reserved for future use; hosts and routers do not accept it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The IPv6 counterpart of private addresses: usable inside an organisation, not routed on the internet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An IPv4 address written in IPv6 form (::ffff:a.b.c.d). A server listening on IPv6 sees IPv4 clients like this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A public address: routers on the internet forward packets to it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BroadcastTab</name>
    <message>
        <source>Receiver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bind &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A receiver must be bound to 0.0.0.0 (all interfaces) to see broadcasts. 127.0.0.1 is here to try why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 = any free port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share (SO_REUSEADDR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let other programs on this computer bind this port too and receive the same broadcasts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A receiver bound to 127.0.0.1 does not see broadcasts: the kernel hands a broadcast only to sockets bound to 0.0.0.0 (or to the broadcast address itself). Use 0.0.0.0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Multicast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>224.0.0.0 to 239.255.255.255</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A multicast group address. 239.x.x.x is for private use, like a lab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The interface to join the group on and to send group datagrams from (IP_MULTICAST_IF). lo keeps everything on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TT&amp;L:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP_MULTICAST_TTL: 0 stays on this computer, 1 stays on the local network, more crosses multicast routers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loopback (IP_MULTICAST_LOOP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliver my own group datagrams to receivers on this computer too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receiver socket joins the group (IP_ADD_MEMBERSHIP).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receiver socket leaves the selected group (IP_DROP_MEMBERSHIP).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send payload to &amp;group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends the sender's payload to the group, on the sender's port, with this TTL and loopback setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joined:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The groups the receiver socket has joined, and on which interface.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broadcast sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the datagram goes: an interface's subnet broadcast, the limited broadcast 255.255.255.255, or 127.255.255.255 (stays on this computer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This target is on the network: the datagram leaves this computer and every machine on that network receives it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bind to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bind the sender to an interface address to choose the interface the broadcast leaves by. This is the fix for 255.255.255.255 on a computer without a default route.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text to send; \n, \x41 and \u4F60 are escapes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text: the characters, encoded. Hex: the bytes, written in hex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How text is turned into bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escapes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Understand \n \r \t \\ \0 \xNN and \uNNNN in the text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time between repeated datagrams.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many datagrams to send; 0 sends until Stop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop repeating.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received datagrams (source in From):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;how as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How received bytes are shown as text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which program the Explain pane shows, with this tab's current values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broadcast receiver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Multicast sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Multicast receiver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SO_BROADCAST: a socket may send to a broadcast address only after setsockopt(SOL_SOCKET, SO_BROADCAST, 1). Without it, sendto() fails with EACCES (permission denied). Qt sets it on every QUdpSocket; a C or Python program must set it itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subnet (directed) broadcast, such as 192.168.1.255: every host of that one subnet receives it, and it leaves through the interface of that subnet. Limited broadcast 255.255.255.255: every host on the local link receives it; routers never forward it, and the system sends it out of the interface its routing table picks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why 255.255.255.255 can fail with "network unreachable" (ENETUNREACH): that address belongs to no subnet, so the system looks for a default route to choose an interface. A computer without a default route (a lab network without a gateway) has none and refuses the datagram. Fix: bind the sender to an interface address (Bind to), which tells the system which interface to use, or send to the subnet broadcast address instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receiver is bound to 0.0.0.0: a broadcast is addressed to x.x.x.255 or 255.255.255.255, not to the receiver's own address, so a socket bound to 127.0.0.1 or 192.168.1.10 never sees it. 127.255.255.255 is the broadcast address of the loopback network: safe for a lab, it never leaves this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Multicast goes only to the computers that joined the group (IP_ADD_MEMBERSHIP) on the interface it is sent on. Joining fails with ENODEV when the interface does not exist or cannot do multicast, and without an interface chosen when the system has no route for multicast (no default route and no 224.0.0.0/4 route). The TTL limits how far it travels: 0 stays on this computer, 1 on the local network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0.0.0.0 — all interfaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>127.0.0.1 — loopback only (sees no broadcasts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — limited broadcast (the whole local network)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — loopback, stays on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — subnet broadcast of %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — given on the command line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any address — the system chooses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system chooses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiving on %1 (port %2). Broadcasts sent to port %2 arrive here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped: choose a port (0 = any free port) and press Start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a multicast group address, such as 239.1.2.3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an IPv4 address. Write four numbers from 0 to 255 separated by dots, such as 239.1.2.3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an IPv6 address. This tab uses IPv4 groups: 224.0.0.0 to 239.255.255.255.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a multicast address: it belongs to one computer. Multicast groups are 224.0.0.0 to 239.255.255.255; 239.x.x.x is meant for labs like this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the receiver first: it is the receiver socket that joins the group, so it must be bound to a port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on the interface the system chose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending repeatedly: %1 sent so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sender socket is bound to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sender socket uses local port %1 on any address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sender socket is not open yet: the first send opens it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several interfaces can carry a broadcast: %1. A subnet broadcast leaves through the interface of its subnet; 255.255.255.255 through the one the routing table picks, unless the sender is bound to an interface address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used interface: %1 (loopback). The datagram stays on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used interface: %1, the interface of that subnet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used interface: %1, because the sender is bound to its address %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used interface: %1 (%2), chosen by the routing table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No interface can carry it: this computer has no route for it (no default route), so sendto() fails with ENETUNREACH. Choose an interface address under Bind to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload, column %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sender socket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the receiver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (multicast)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (broadcast)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (unicast)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received — datagrams: %1, bytes: %2 · Sent — datagrams: %3, bytes: %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n older datagram(s) removed from the list (it keeps the last %1).</source>
        <translation>
            <numerusform>%n older datagram removed from the list (it keeps the last %1).</numerusform>
            <numerusform>%n older datagrams removed from the list (it keeps the last %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a port number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a port number. Use digits only: 0 (any free port) to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a port number. Use digits only: 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port %1 is too large: port numbers go up to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port 0 cannot be a destination. Use the receiver's port, from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wireshark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters and a one-click capture to find this tab's packets in Wireshark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BytesFormat</name>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… %n more byte</numerusform>
            <numerusform>… %n more bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureTool</name>
    <message>
        <source>Wireshark is not installed. Install it in a terminal with:
sudo apt install wireshark
(or sudo apt install tshark for the terminal version only), then come back to this tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wireshark is installed, but your user may not capture packets yet: dumpcap, the part of Wireshark that captures, is not allowed to run for you. Fix it once, in a terminal:
1. sudo dpkg-reconfigure wireshark-common (answer Yes: non-superusers may capture)
2. sudo usermod -aG wireshark $USER
3. Log out and log in again: a new group only counts after logging in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dumpcap, the part of Wireshark that captures, was not found. Reinstall it in a terminal with: sudo apt install --reinstall wireshark-common</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only tshark, the terminal version of Wireshark, is installed. Copy the tshark command above and run it in a terminal, or install the window version with: sudo apt install wireshark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wireshark needs a desktop to show its window, and there is none here (neither DISPLAY nor WAYLAND_DISPLAY is set). Copy the tshark command above and run it in a terminal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wireshark is ready: the button starts it capturing on the interface and with the capture filter shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wireshark could not be started (%1): %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComingTab</name>
    <message>
        <source>This tab is not in this release yet. It will:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listen on a port and serve clients four ways: reply once and close, a conversation that understands "time" and "exit", one thread per client, and an event loop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send and receive broadcasts and multicast, and learn why a receiver bound to 127.0.0.1 does not see them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch threads sleep and join, see updates lost without a lock, and compare a thread pool with worker processes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConcurrencyTab</name>
    <message>
        <source>Threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>100 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export trace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the timeline as a Chrome trace-event JSON file; Perfetto (ui.perfetto.dev) and chrome://tracing open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker i sleeps i units, then the main thread joins the workers in order. Together they take about N units, not 1 + 2 + … + N, because they sleep at the same time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The result appears here when every worker has been joined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Increments each:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time per increment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: without a lock, 8 threads lose most of their updates, because each thread writes back an old value over the others’ increments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run &amp;contention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Four threads take one lock in turn: red is waiting for the lock, orange is holding it, and each arrow goes from an unlock to the acquire it let through.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run &amp;deadlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two threads take two locks; each waits a limited time for the second lock (a timed tryLock).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the locks in the same order (the fix)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two threads each add 1 to a shared counter in three steps: read the counter into a local value, add 1, write it back. Pick which thread runs next and watch for a lost update.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a &amp;lock (lock → read → add → write → unlock)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the steps as a Chrome trace-event JSON file (one millisecond per step); Perfetto (ui.perfetto.dev) and chrome://tracing open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thread A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run thread A step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thread B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run thread B step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Inputs (n):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole numbers separated by commas; each item computes the sum of i × i for i from 0 to n − 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pool size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use worker &amp;processes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare &amp;1 vs N threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker processes: NetLab starts itself again once per worker and sends each its numbers through a pipe. Starting a process takes milliseconds and memory, and every input and result must be copied between processes. Python’s classic program needs processes to use every core (its threads take turns); C++ threads already run on all cores at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the classic program prints appears here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare 1 vs N threads draws the speedup here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Speedup with %n thread(s): %1×</source>
        <translation>
            <numerusform>Speedup with %n thread: %1×</numerusform>
            <numerusform>Speedup with %n threads: %1×</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Running: %n worker(s) sleeping; the main thread joins them in order.</source>
        <translation>
            <numerusform>Running: %n worker sleeping; the main thread joins it.</numerusform>
            <numerusform>Running: %n workers sleeping; the main thread joins them in order.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the sleeping workers were woken early and joined.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>All %n thread(s) finished and were joined after %1 ms.</source>
        <translation>
            <numerusform>The %n thread finished and was joined after %1 ms.</numerusform>
            <numerusform>All %n threads finished and were joined after %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>worker %1: slept %2 ms, joined at %3 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One after the other, the same sleeps would take %1 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting: %1 threads × %2 increments…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contention: %1 threads take one %2 in turn…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlock demo: both threads take lock 1, then lock 2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlock demo: thread A takes lock 1 then lock 2, thread B takes lock 2 then lock 1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: the numbers count only the increments that ran.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contention: %1 threads × %2 rounds. Waiting for the lock: %3 ms in all; holding it: %4 ms in all. %5 hand-overs, drawn as arrows from each unlock to the acquire it let through.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local value of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 waits: %2 holds the lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is done; its local value was %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>An update was lost: %n write(s) happened, but the counter is only %1. One thread wrote back a value it had read before the other thread's write.</source>
        <translation>
            <numerusform>An update was lost: %n write happened, but the counter is only %1. One thread wrote back a value it had read before the other thread's write.</numerusform>
            <numerusform>An update was lost: %n writes happened, but the counter is only %1. One thread wrote back a value it had read before the other thread's write.</numerusform>
        </translation>
    </message>
    <message>
        <source>No update was lost: the lock let one thread at a time read, add and write, so the counter is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No update was lost this time: each thread read the counter after the other had written it. Try another order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inputs: write at least one whole number n, for example 1000000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inputs: number %1 ('%2') is not a whole number from 0 to %3. Separate the numbers with commas.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Running on %n worker process(es)…</source>
        <translation>
            <numerusform>Running on %n worker process…</numerusform>
            <numerusform>Running on %n worker processes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running on %n pool thread(s)…</source>
        <translation>
            <numerusform>Running on %n pool thread…</numerusform>
            <numerusform>Running on %n pool threads…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the items that did not finish print as None.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n worker process(es). Starting them took up to %1 ms before the first item began computing.</source>
        <translation>
            <numerusform>%n worker process. Starting them took up to %1 ms before the first item began computing.</numerusform>
            <numerusform>%n worker processes. Starting them took up to %1 ms before the first item began computing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pool thread(s) in this one process.</source>
        <translation>
            <numerusform>%n pool thread in this one process.</numerusform>
            <numerusform>%n pool threads in this one process.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the trace to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export trace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chrome trace-event JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.
Open it in Perfetto (ui.perfetto.dev) or in Chrome at chrome://tracing to zoom into every span.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataChunkModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EncodingTab</name>
    <message>
        <source>Text → bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type any text, for example 你好,世界!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same text in every encoding: its bytes in hex and how many there are. A character an encoding cannot represent is marked in red and named below the row; it is never silently replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bytes (hex)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a character to highlight its bytes in every encoding on the left. An emoji such as 😀 is one character but two UTF-16 units (a surrogate pair).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also &amp;show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bytes → text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bytes in hex:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any of these forms works, also mixed: e4 bd a0 · 0xe4,0xbd,0xa0 · e4bda0 · e4:bd:a0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read by every encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bytes (invalid ones in red, a BOM in blue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mojibake lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mojibake (文字化け, “garbled characters”) is what you see when bytes written in one encoding are read with another. Encode the text with A, decode the bytes with B, then try the way back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encode with (A):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Decode with (B):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;wap A and B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. The bytes: the text encoded with A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2. The garbled text: those bytes decoded with B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3. The way back: the garbled text encoded with B, then decoded with A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bytes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not available in this Qt build</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(lone surrogate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a character and its code point</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Cannot encode %n character(s), for example %1</source>
        <translation>
            <numerusform>Cannot encode %n character, for example %1</numerusform>
            <numerusform>Cannot encode %n characters, for example %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot encode %n character(s): %1</source>
        <translation>
            <numerusform>Cannot encode %n character: %1</numerusform>
            <numerusform>Cannot encode %n characters: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot encode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the bytes on line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the bytes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type bytes in hex above to see how every encoding reads them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No byte-order mark (BOM) at the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bytes start with a %1 byte-order mark (BOM): %2. A %1 decoder skips it; other encodings read it as ordinary bytes.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n invalid sequence(s)</source>
        <translation>
            <numerusform>%n invalid sequence</numerusform>
            <numerusform>%n invalid sequences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not available in this Qt build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2. They are left out of the bytes.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n byte(s) in %1.</source>
        <translation>
            <numerusform>%n byte in %1.</numerusform>
            <numerusform>%n bytes in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) are not valid in %1 and became the replacement character U+FFFD (�).</source>
        <translation>
            <numerusform>%n byte sequence is not valid in %1 and became the replacement character U+FFFD (�).</numerusform>
            <numerusform>%n byte sequences are not valid in %1 and became the replacement character U+FFFD (�).</numerusform>
        </translation>
    </message>
    <message>
        <source>No mojibake: these characters have the same bytes in %1 and %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 read every byte without complaint: mojibake looks like ordinary text, which is why it goes unnoticed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovered: the original text came back, because every byte survived the trip through %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost already in step 1: %1 cannot encode some of the characters, so they never became bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost: the bytes %1 could not read became U+FFFD (�). The original bytes are gone, so the way back cannot restore them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost: %1 cannot encode some characters of the garbled text back into bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost: encoding the garbled text with %1 does not give the same bytes back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EndpointText</name>
    <message>
        <source>'%1': the port must be a number from 0 (any free port) to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1': the port must be a number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an address and port are needed, such as 127.0.0.1:8888.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a port is needed, such as 8888.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1': write an IPv6 address in brackets followed by the port, such as [::1]:8888.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1': add the port after a colon, such as %1:8888.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1': an IPv6 address needs brackets before the port, such as [::1]:8888.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1': the address before the colon is missing, such as 127.0.0.1:8888.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1': a host name or address has no spaces.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExamplePrograms</name>
    <message numerus="yes">
        <source>The payload has %n bytes; only the first %1 are written here.</source>
        <translation>
            <numerusform>The payload has %n bytes; only the first %1 are written here.</numerusform>
            <numerusform>The payload has %n bytes; only the first %1 are written here.</numerusform>
        </translation>
    </message>
    <message>
        <source>NetLab TCP client: connect, send, wait for one reply, close.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NetLab TCP client: connect, send, close.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>socket(): a TCP socket for IPv4, or IPv6 when the host is an IPv6 address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connect(): the three-way handshake with the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>send(): sendall() repeats send() until every byte is out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recv(): wait at most 10 seconds for the reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reply within 10 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>close(): leaving the with block closes the socket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>socket() and connect(): blocking calls, at most 5 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>send()</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>close(): a clean FIN, then wait for the server's side.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NetLab TCP server: each client gets one reply, then the server closes the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NetLab TCP server: one client at a time, answering commands; others wait in the backlog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NetLab TCP server: one thread per client, each with a blocking loop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NetLab TCP server: one thread serves every client through an event loop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An empty HOST means every local address; PORT 0 lets the system choose a free port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{message}, {time} and {peer} are filled in for each reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands (compared ignoring case): word -&gt; (reply, close after replying)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply to one message: the line ending is cut off, and put back after the reply.
{message} goes in last, so braces in the message itself are never replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs in its own thread: a blocking recv()/send() loop until the client closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>socket(), bind() and listen(); SO_REUSEADDR allows a restart at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accept() waits for the next client; recv() reads one message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accept() takes the next client from the backlog; the others wait.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>select(): wait until the server or any client has something to read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands, compared with the whole message ignoring case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs in its own thread: a blocking read/write loop until the client closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accept() happens inside QTcpServer; each new socket descriptor gets a thread.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An empty address means every local address; port 0 lets the system choose a free port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>socket(), bind() and listen() in one call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accept() waits for the next client; one message, one reply, close.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event loop hands each new connection to incomingConnection().</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No blocking calls: signals say when a client arrives, sends, or leaves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NetLab UDP sender: send one datagram, then wait 2 seconds for an answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer within 2 seconds (UDP does not promise one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>socket(): a UDP socket; no connection is made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bind(): send from this local address and port (0: any free port).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sendto(): one datagram to HOST:PORT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recvfrom(): the answer and who sent it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name is looked up first (getaddrinfo()); an address is used as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sendto(): one datagram to host:port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NetLab UDP receiver: print every datagram; answer those that match a rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules, first match wins: (how, pattern, ignore case, ignore line ending, encoding, reply)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>socket() and bind(): datagrams sent to PORT arrive here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recvfrom(): one whole datagram, and who sent it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules, first match wins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>socket() and bind(): datagrams sent to the port arrive here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recvfrom(): wait for datagrams, one whole datagram at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NetLab broadcast sender: one datagram to every host on the local network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>setsockopt(SO_BROADCAST): without it, sending to a broadcast address fails.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QUdpSocket sets SO_BROADCAST itself; sendto() one datagram.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NetLab broadcast receiver: print every datagram that arrives on the port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SO_REUSEADDR lets several receivers on this computer share the port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bind() to every address: broadcasts are not sent to this host's own address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bind() to every address, sharing the port with other receivers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NetLab multicast sender: one datagram to every member of the group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TTL: how many routers the datagram may cross (1: this network only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loopback: whether receivers on this computer get the datagram too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send through the network interface that has this address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NetLab multicast receiver: join the group and print every datagram sent to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP_ADD_MEMBERSHIP: join the group (IGMP) on the interface (0.0.0.0: the system chooses).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExplainPane</name>
    <message>
        <source>Socket calls made, oldest first:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget the calls listed above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same program, ready to copy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the program shown below to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C++/Qt</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n older call(s) not shown.</source>
        <extracomment>Under the Explain pane's call list when the oldest calls were removed to save memory.</extracomment>
        <translation>
            <numerusform>%n older call not shown.</numerusform>
            <numerusform>%n older calls not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostLookup</name>
    <message>
        <source>Type a host name such as www.google.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spaces are not allowed in a host name (position %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is an IP address, not a host name. To find the name of an address, look it up as it is (a reverse lookup) or ask for its PTR record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not allowed in a host name (position %2). Use letters, digits, '-' and dots.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid international domain name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'.' alone is the root of DNS, not a host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is %1 characters long, but a host name can have at most 253.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' has an empty part: there are two dots in a row, or a dot at the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The part '%1' is %2 characters long, but each part between dots can have at most 63.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The part '%1' starts or ends with '-', which is not allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The part '%1' would be %2 characters long in DNS form (xn--…), but each part between dots can have at most 63.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HostLookupFailure</name>
    <message>
        <source>The name server must be an IP address such as 8.8.8.8, or left empty to use this computer's DNS servers. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not found: neither /etc/hosts nor any DNS server knows this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No name is registered for %1: the reverse lookup found no PTR record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No %1 record was found for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No DNS server answered for %1 within %2 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No DNS server answered for %1 within %2 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No DNS server answered for %1 within %2 s (asked %3 on port 53).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No DNS server answered for %1 within %2 ms (asked %3 on port 53).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name server %3 gave no usable answer for %1 (%2). Check that it is a DNS server and that this computer can reach it on port 53.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No DNS server gave a usable answer for %1 (%2). Check the network connection and the name servers in /etc/resolv.conf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS server could not answer for %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking up %1 failed: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HostTab</name>
    <message>
        <source>This machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its name resolves to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In /etc/hosts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the host name and the interfaces again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In Python, socket.gethostname() gives the host name and socket.gethostbyname(hostname) the first IPv4 address it resolves to. Other machines reach this one at the address of an interface below, not at 127.x.x.x.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interfaces (QNetworkInterface): each one with its state and its IPv4 and IPv6 addresses. Select rows and press Ctrl+C to copy them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Netmask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name or address (as a program's connect() sees it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name or address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>www.google.com, localhost or 8.8.8.8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name gives all its A (IPv4) and AAAA (IPv6) addresses from the system resolver (/etc/hosts, then DNS), in the order a program's connect() tries them. An address gives the name registered for it (a reverse lookup). Qt remembers answers for a minute, so asking again can take 0 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS records (QDnsLookup)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name &amp;server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this computer's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks DNS for the records of one type. Leave the name server empty to use the ones in /etc/resolv.conf; a server you type (such as 8.8.8.8) is asked on port 53. For PTR you may type an IP address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TTL (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address or network:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>192.168.1.77/24 or 2001:db8::/32</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Examples:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meaning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Netmask:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broadcast:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usable addresses:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A prefix such as /24 splits an address into the network (the first 24 bits) and the host part (the rest). In IPv4 the first address of a network names the network and the last is its broadcast address, so neither is given to a host, except in a /31 (a point-to-point link) and a /32 (one host). IPv6 has no broadcast: every address of the network can be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port ranges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is this port free here?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>127.0.0.1, 0.0.0.0 or ::1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Well-known services (built in, plus /etc/services)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name or port number, such as http or 443</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no line mentions %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking up %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface index %1, MTU %2 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: the lookup of %1 was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n address(es) for %1, found in %2 ms. A program's connect() tries them in this order.</source>
        <translation>
            <numerusform>%n address for %1, found in %2 ms. A program's connect() tries them in this order.</numerusform>
            <numerusform>%n addresses for %1, found in %2 ms. A program's connect() tries them in this order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) for %1 (sent as %3), found in %2 ms. A program's connect() tries them in this order.</source>
        <translation>
            <numerusform>%n address for %1 (sent as %3), found in %2 ms. A program's connect() tries them in this order.</numerusform>
            <numerusform>%n addresses for %1 (sent as %3), found in %2 ms. A program's connect() tries them in this order.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is registered under the name %2 (found in %3 ms).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s) for %1, found in %2 ms.</source>
        <translation>
            <numerusform>%n record for %1, found in %2 ms.</numerusform>
            <numerusform>%n records for %1, found in %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) for %1 from the name server %3, found in %2 ms.</source>
        <translation>
            <numerusform>%n record for %1 from the name server %3, found in %2 ms.</numerusform>
            <numerusform>%n records for %1 from the name server %3, found in %2 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>IPv4 (32 bits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IPv6 (128 bits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a prefix length such as /24 to see the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none: IPv6 has no broadcast (it uses multicast)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none: a /31 link has no broadcast (RFC 3021)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none: a /32 is a single address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You typed the broadcast address of this network: a datagram sent to it reaches every host on the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You typed the network address itself: it names the whole network and is not given to a host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A /31 is a point-to-point link between two routers: both addresses are hosts (RFC 3021).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A /%1 is one single address, as in a route to one host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>/64 is the usual size of one IPv6 network: the last 64 bits identify the interface.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; also in this machine's ephemeral range (%2–%3), where clients get their ports</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n of %1 shown</source>
        <translation>
            <numerusform>%n of %1 shown</numerusform>
            <numerusform>%n of %1 shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputFields</name>
    <message>
        <source>Port: type a number from 0 (any free port) to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port: type a number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port: "%1" is not a whole number. Use digits only: 0 (any free port) to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port: "%1" is not a whole number. Use digits only: 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port: %1 is too large; port numbers go up to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port: 0 cannot be a destination; use a port from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0.0.0.0 — all IPv4 interfaces (others can connect)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>:: — all interfaces, IPv4 and IPv6 (others can connect)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>127.0.0.1 — this machine only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>::1 — this machine only (IPv6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listening on all interfaces: other computers on the network can connect to this server. Choose 127.0.0.1 unless that is what you want.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocalHostInfo</name>
    <message>
        <source>up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>point-to-point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>broadcast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>multicast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <comment>separator between interface flags</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name %1 does not resolve to any address here: it is neither in /etc/hosts nor known to a DNS server. Programs that call gethostbyname(hostname) fail on this machine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Debian writes the line "127.0.1.1 %1" into /etc/hosts when it is installed, so that the machine's own name works even without a network. That is why gethostbyname(hostname) gives 127.0.1.1 here: a loopback address that only this machine can use. Other machines reach this one at an address of one of the interfaces listed below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>/etc/hosts maps %1 to a loopback address ("%2"), so the name works without a network, but gethostbyname(hostname) gives an address that only this machine can use. Other machines reach this one at an address of one of the interfaces listed below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 resolves to a loopback address, which only this machine can use. Other machines reach this one at an address of one of the interfaces listed below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 resolves to an address of one of this machine's interfaces, so other machines on the same network can usually reach it under that address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 resolves to an address that none of this machine's interfaces has: the entry in /etc/hosts or DNS may be out of date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockDemo</name>
    <message>
        <source>A lock exercise is still running. Wait for it to finish or cancel it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of threads must be between 1 and %1; it is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The increments per thread must be between 1 and %1; it is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contention view needs a lock: choose QMutex or std::mutex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contention view needs between 2 and 16 threads; it has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rounds per thread must be between 1 and 1000; it is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time a thread holds the lock must be between 0 and 1000000 µs; it is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lock timeout must be between 10 and 10000 milliseconds; it is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlock: thread A holds lock 1 and waits for lock 2, while thread B holds lock 2 and waits for lock 1, so neither can go on. Each waited %1 ms (a timed tryLock), gave up, and released the lock it held.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A thread waited more than %1 ms for a lock although both take the locks in the same order: the machine is very busy. Try a longer timeout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deadlock: both threads take lock 1 before lock 2, so whoever gets lock 1 also gets lock 2, and the other thread only waits its turn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deadlock this time: one thread got both locks before the other took its first one. Taking locks in opposite orders can still deadlock on another run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QMutex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>std::mutex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>atomic fetch_add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each increment reads the counter, lets other threads run, then writes the value it read plus one. Another thread's increments in between are overwritten: updates are lost. With 8 threads most of them are lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A QMutex lets one thread at a time read, add and write. No update is lost; each increment pays for taking and releasing the lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A std::mutex lets one thread at a time read, add and write. No update is lost; each increment pays for taking and releasing the lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fetch_add reads, adds and writes in one indivisible processor instruction. No update is lost and no lock is needed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About NetLab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About NetLab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NetLab %1

A lab for learning network programming: look up hosts, compare encodings, run TCP and UDP clients and servers, and see every byte they send and receive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No transcript (start with --transcript FILE to keep one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcript: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MapJob</name>
    <message>
        <source>There is nothing to compute: give at least one number n.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 numbers can be computed at once; there are %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number %1 (%2) is too large: n may be at most %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of workers must be between 1 and %1; it is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The map job is still running. Wait for it to finish or cancel it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration %1 seconds</source>
        <comment>the classic Python program's last line</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected a line "index n" with n at most %1, got "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results: %1</source>
        <extracomment>The classic Python program prints print(f"计算结果: {results}") (a Python list).</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MapProcessJob</name>
    <message>
        <source>No worker program is set, so no worker process can be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not start the worker program %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker process %1 refused its input: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker process %1 answered something that is not a result: "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker process %1 stopped unexpectedly (exit code %2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PayloadParser</name>
    <message>
        <source>invalid hex digit %1 at column %2: use 0-9 and a-f</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' at column %2 has no hex digits after it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>odd number of hex digits in '%1' at column %2: every byte needs two digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the encoding '%1' is not available here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at column %2 cannot be written in %3; choose an encoding that has it, such as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a lone backslash at column %1 ends the text: write \\ for a backslash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>\x at column %1 needs two hex digits, as in \x0a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>\u at column %1 needs four hex digits, as in \u4f60</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown escape \%1 at column %2: use \n \r \t \\ \0 \xNN or \uNNNN</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PcapngLiveWriter</name>
    <message>
        <source>Cannot write the capture file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write to the capture file %1: %2. NetLab keeps trying with the next events.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PcapngReader</name>
    <message>
        <source>Not a valid NetLab pcapng file: at byte %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>padding byte at %1 is not zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an option header is cut off by the end of its block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the end-of-options marker has a length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data follows the end-of-options marker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>option %1 is longer than its block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the section header block is too short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pcapng version %1.%2 is not 1.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the interface description block is too short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>link type %1 is not 101 (raw IP packets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>if_tsresol is not one byte long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the time resolution is %1, not 9 (nanoseconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the interface has no if_tsresol option (NetLab writes nanoseconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the packet block is too short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the packet names interface %1, which was not described before it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the time stamp is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the packet (%1 bytes) is longer than its block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the packet's original length is less than its captured length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the packet comment is not UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file ends in the middle of a block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the byte-order magic is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file does not start with a section header block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>block length %1 is not a multiple of 4 of at least 12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the block (%1 bytes) goes past the end of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the block's two length fields differ</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PortInfo</name>
    <message>
        <source>File transfer (FTP): the control connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secure remote login and file copy (SSH, scp, sftp).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail servers pass e-mail to each other (SMTP).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS over TCP: large answers and zone transfers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS: names are looked up here, one UDP datagram each way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web pages without encryption (HTTP).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web pages over TLS encryption (HTTPS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>well-known (0–1023)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>registered (1024–49151)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dynamic/private (49152–65535)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ports 0–1023 are the well-known ports of system services such as HTTP (80) and SSH (22). On Linux only root may listen on them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ports 1024–49151 are registered with IANA for applications (MySQL uses 3306, for example). Any user may listen on them; pick one here for your own servers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ports 49152–65535 are dynamic or private: never registered, meant for temporary use such as the client side of a connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This system does not say which ports it uses for client connections (/proc/sys/net/ipv4/ip_local_port_range cannot be read).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This machine's ephemeral range is %1–%2 (from /proc/sys/net/ipv4/ip_local_port_range). When a client connects without choosing its own port, the operating system picks a free port from this range for it. A server should listen on a port outside it, or a client may get there first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 port %2 is free on %3: a server could listen on it now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 port %2 on %3 is in use: another socket holds it. To see which program, run: %4 (as root to see every user's programs).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 port %2 needs root: on this machine ports below %3 are reserved for system services. Choose %3 or above, such as 8888.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is not an address of this machine, so no program here can use it. A program can only bind to its own addresses (see "This machine"), to 0.0.0.0 or to ::.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 port %2 on %3 could not be opened: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an address of this machine, so no program here can use it. A program can only bind to its own addresses (see "This machine"), to 0.0.0.0 or to ::.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCP and UDP ports are separate: one TCP program and one UDP program can use the same number at the same time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SocketCallModel</name>
    <message>
        <source>Time</source>
        <extracomment>Explain pane column: when the socket call was made.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <extracomment>Explain pane column: the socket call with its arguments, e.g. bind(127.0.0.1:8888).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <extracomment>Explain pane column: what the call returned (a value or an errno name).</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SocketErrors</name>
    <message>
        <source>this address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>port %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is listening on %1 — is the receiver started? (the other computer answered with "port unreachable")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is listening on %1 — is the server started? (connection refused: the other side answered with a reset)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The other program (%1) closed the connection, so nothing more can be sent on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No host was given: type a name such as example.com or an address such as 127.0.0.1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No address was found for the name '%1': check the spelling, or the DNS settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port %1 is below 1024, and only the administrator (root) may use such ports: listening on it needs root. Choose a port from 1024 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operating system did not allow this on %1 (permission denied). Sending to a broadcast address needs the SO_BROADCAST option; a firewall rule may also block it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operating system did not allow this on %1 (permission denied): a firewall rule or missing rights may be the cause.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The computer has run out of resources for sockets (too many open connections or files, or no memory left). Close some connections and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer came from %1 in time (timed out).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer in time (timed out): the computer may be switched off, or a firewall may silently drop the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The datagram is too large: one UDP datagram can carry at most %L1 bytes over IPv4 and %L2 bytes over IPv6. Send less, or split the data into several datagrams.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The network could not reach %1: there is no route to it, the network is down, or it did not answer. Check the address and this computer's network connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port %1 is already in use by another program. Find it with: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program. Find it with: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local address for %1 is already in use by another socket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an address of this machine, so nothing can listen on it. Use 0.0.0.0 (every address), 127.0.0.1, or one of this computer's own addresses (see the Host &amp; IP tab).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No local address or port was available to reach %1 (all local ports may be in use).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This operation is not supported for %1: for example IPv6 on a computer without IPv6, or an IPv4 socket used with an IPv6 address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The previous operation on this socket has not finished yet: wait for it, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proxy server failed while connecting to %1. These exercises need no proxy: check the proxy settings of this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted (TLS) connection to %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not possible in the socket's current state (for example sending before the connection is established).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operating system could not do this right now (try again in a moment).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong with %1, and the operating system gave no details (unknown error).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The other program (%1) closed the connection abruptly (reset): it may have crashed, been stopped, or closed its socket without reading everything that was sent to it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepRace</name>
    <message>
        <source>%1 takes the lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reads counter → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 adds 1 in its own register → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 writes %2 to counter, overwriting %3 written by the other thread: an update is lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 writes %2 to counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 releases the lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thread A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thread B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TcpClientEngine</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking up the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Half-closed (we stopped sending)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Half-close: shutdown(SHUT_WR) sends a FIN after the queued data, so the other side reads end-of-file, while we can still receive until it closes too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close: the queued data is still delivered, then a FIN tells the other side that we have finished; this is the normal way to end a connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abort: with SO_LINGER set to {1, 0}, close() sends a reset (RST) at once and throws away any data not yet sent; the other side sees "connection reset".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the server's host name or IP address, for example 127.0.0.1 or localhost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port 0 cannot be connected to: type the server's port, a number from 1 to 65535 (for example 8888).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid IP address: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid host name: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A connection to %1 is already open or being set up: close it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We aborted the connection: a reset (RST) was sent and data not yet sent was dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We shut down sending first (half-close); then the other side closed too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We closed the connection first (FIN sent).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The other side closed the connection first (FIN received); then our side closed too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection ended before the whole file was sent (%1 of %2 bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 (the other side closed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending is shut down (half-close): this connection can only receive now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected: connect to a server before sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending is being shut down (half-close): nothing more can be sent on this connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file is being sent: wait until it is finished, or cancel it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to send: type the data to repeat first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The interval must be at least 1 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of repeats cannot be negative (0 means until stopped).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected: connect to a server before sending a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file is already being sent: wait until it is finished, or cancel it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeated sending is running: stop it before sending a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is a folder, not a file: choose a file to send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file '%1' cannot be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the file '%1' failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be handed to the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the file was cancelled after %1 of %2 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This connection is closing and cannot send any more: wait until it is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time to wait for a reply must be at least 1 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We cancelled the connection attempt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected: there is no connection to half-close.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 (reset sent)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 in %Ln call(s)</source>
        <translation>
            <numerusform>%1 in %Ln call</numerusform>
            <numerusform>%1 in %Ln calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TcpClientTab</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A host name, an IPv4 address or an IPv6 address of the server to connect to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's port, a number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closes the connection gracefully, or cancels a connection attempt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send small writes at once (TCP_NODELAY, Nagle off)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When off, Nagle's algorithm may hold back small writes and send them together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local end:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our address and the ephemeral port the kernel chose: what you will look for in Wireshark.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peer end:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ayload:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text to send; press Enter to send it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text: characters, encoded with the chosen encoding. Hex: bytes written in hex, such as 48 65 6c.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escapes (\n \t \xNN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LF (\n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>times:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start &amp;repeating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classic clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send o&amp;nce and close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connects if needed, sends the payload, then closes gracefully.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send and &amp;wait for reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connects if needed, sends the payload and waits for the server's answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait at most:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hal&amp;f-close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;bort (RST)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received (one row per read)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host: type the server's name or address, for example 127.0.0.1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host: a host name or address has no spaces, but there is one at column %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port: type the server's port, a whole number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port: "%1" is not a whole number; use a number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port: %1 is out of range; a TCP port is a number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload, column %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (the step before took %2 ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not connected yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (port %2 is the ephemeral port the kernel chose: look for it in Wireshark)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads: %1, bytes: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads: %1, bytes: %2 (the oldest %3 rows were dropped from the list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting up to %1 ms for a reply…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply (%1 bytes): %2
Hex: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reply came within %1 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed first by: us.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed first by: the other side.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed first by: nobody; an error ended the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send a &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends the bytes of a file as they are, read in 64 KiB pieces (the whole file is never in memory).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File sent: %1 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 bytes sent (%3%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wireshark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters and a one-click capture to find this tab's packets in Wireshark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TcpClientTableModel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bytes in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bytes out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TcpServerEngine</name>
    <message>
        <source>Listening (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listening socket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server stopped listening.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply once: accept a client, read one message, send one reply, close the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation: one client at a time answers commands; the others wait in the kernel's accept queue until it leaves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thread per client: every accepted connection gets its own thread running a blocking recv()/send() loop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event loop: one thread serves many clients with non-blocking sockets, woken when a socket is ready (the way Qt works).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thread per client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event loop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server received your message: {message}</source>
        <extracomment>Reply of the "reply once" server; {message} is what the client sent.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received: {message}</source>
        <extracomment>Conversation server's reply to anything that is no command.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server received: {message}</source>
        <extracomment>Reply of the threaded and event-loop servers to every message.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current time: {time}</source>
        <extracomment>Conversation command "time" (the word itself is not translated).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goodbye!</source>
        <extracomment>Conversation command "exit": the server says goodbye and closes.</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>to each of %n client(s)</source>
        <translation>
            <numerusform>to each of %n client</numerusform>
            <numerusform>to each of %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused %1: all %n thread(s) allowed are busy serving clients; the connection was accepted and closed at once.</source>
        <translation>
            <numerusform>Refused %1: the %n thread allowed is busy serving a client; the connection was accepted and closed at once.</numerusform>
            <numerusform>Refused %1: all %n threads allowed are busy serving clients; the connection was accepted and closed at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused %1: the server already serves %n client(s), its limit; the connection was accepted and closed at once.</source>
        <translation>
            <numerusform>Refused %1: the server already serves %n client, its limit; the connection was accepted and closed at once.</numerusform>
            <numerusform>Refused %1: the server already serves %n clients, its limit; the connection was accepted and closed at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>0 (peer closed)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 in %Ln call(s)</source>
        <translation>
            <numerusform>%1 in %Ln call</numerusform>
            <numerusform>%1 in %Ln calls</numerusform>
        </translation>
    </message>
    <message>
        <source>The client closed the connection (recv() returned 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client reset the connection (RST) instead of closing it; the server keeps serving.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server closed the connection cleanly (FIN).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server replied and then closed the connection (FIN).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server aborted the connection: SO_LINGER {1, 0} makes close() send RST.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server was stopped; it closed this connection cleanly (FIN).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TcpServerTab</name>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address the server listens on. 127.0.0.1 accepts connections from this machine only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The port to listen on, 1 to 65535; 0 lets the system pick a free port (the port it picked is shown).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops listening and closes every client connection cleanly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max &amp;clients:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beyond this many connected clients, new connections are accepted and closed at once; each refusal is logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max t&amp;hreads:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thread per client: at most this many threads at once; more clients are refused and the refusal is logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Te&amp;xt encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the server reads messages and writes replies (for {message} and the commands).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Puts back the default replies and commands in the current language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands (conversation mode): a message equal to a command gets its reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close after reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dd command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ayload:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text to send; press Enter to send it to the selected client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text: characters, encoded with the chosen encoding. Hex: bytes written in hex, such as 48 65 6c.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escapes (\n \t \xNN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line e&amp;nding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LF (\n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to s&amp;elected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to a&amp;ll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closes the selected connections gracefully: pending data is sent, then FIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aborts the selected connections: SO_LINGER 0, the peer sees a reset (RST).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show as he&amp;x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placeholders: {message} the message without its line ending, {time} the server's clock, {peer} the client's address:port. A reply ends with the message's line ending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload, column %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Other messages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply to a message that is not a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply to every message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command row %1 has no command word; it is ignored until you type one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command "%1" appears twice; the first row is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a client in the table first, or use "Send to all".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected clients have left; nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No client is connected; nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n client(s) connected</source>
        <translation>
            <numerusform>%n client connected</numerusform>
            <numerusform>%n clients connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serving thread(s)</source>
        <translation>
            <numerusform>%n serving thread</numerusform>
            <numerusform>%n serving threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the backlog</source>
        <translation>
            <numerusform>%n waiting in the backlog</numerusform>
            <numerusform>%n waiting in the backlog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (limit reached)</source>
        <translation>
            <numerusform>%n refused (limit reached)</numerusform>
            <numerusform>%n refused (limit reached)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed when the server stopped</source>
        <translation>
            <numerusform>%n closed when the server stopped</numerusform>
            <numerusform>%n closed when the server stopped</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received, %2 sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the %1 oldest rows were dropped; the traffic log keeps more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listening on %1 (%2). Try it: nc %3 %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Stopped. %n connected client(s) were closed cleanly.</source>
        <translation>
            <numerusform>Stopped. %n connected client was closed cleanly.</numerusform>
            <numerusform>Stopped. %n connected clients were closed cleanly.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dir.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wireshark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters and a one-click capture to find this tab's packets in Wireshark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreadDemo</name>
    <message>
        <source>The number of worker threads must be between 1 and %1; it is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time unit must be between 1 and 10000 milliseconds; it is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The thread demo is still running. Wait for it to finish or cancel it first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>hand-over (unlock → acquire, end → join)</source>
        <comment>legend of the timeline's arrows</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time (ms)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TraceRecorder</name>
    <message>
        <source>main thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>worker %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thread %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pool thread %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sleeping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for a lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holding a lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting in join()</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrafficExport</name>
    <message>
        <source>Could not write %1: %2. Nothing was removed from the log; choose another folder or file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrafficLogDock</name>
    <message>
        <source>Traffic Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;ab:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the events of one tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only TCP or only UDP events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only events whose local or peer address contains this text, for example 127.0.0.1 or :8888</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address or :port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only events whose data contains this text (upper or lower case alike), or these bytes when written in hex, for example 48 65 6c</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text or hex bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bytes (hex dump):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a row to see its bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Decode as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the same bytes as text in another encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text, with all their bytes in hex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove all rows from the log view (a transcript file keeps them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause Autoscroll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the view where it is instead of following the newest row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hex Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the Preview column as hex bytes instead of text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tabs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 rows shown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 older row(s) dropped from view; start NetLab with --transcript FILE to keep every event</source>
        <translation>
            <numerusform>%1 older row dropped from view; start NetLab with --transcript FILE to keep every event</numerusform>
            <numerusform>%1 older rows dropped from view; start NetLab with --transcript FILE to keep every event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 older row(s) dropped from view; the transcript has them all</source>
        <translation>
            <numerusform>%1 older row dropped from view; the transcript has them all</numerusform>
            <numerusform>%1 older rows dropped from view; the transcript has them all</numerusform>
        </translation>
    </message>
    <message>
        <source>This event carries no data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 %4 · local %5 · %Ln byte(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 %4 · local %5 · %Ln byte</numerusform>
            <numerusform>%1 · %2 · %3 %4 · local %5 · %Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 %4 · local %5 %6 peer %7 · %Ln byte(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 %4 · local %5 %6 peer %7 · %Ln byte</numerusform>
            <numerusform>%1 · %2 · %3 %4 · local %5 %6 peer %7 · %Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no longer in the table)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First %1 of %2 bytes kept here; start NetLab with --transcript FILE to keep them all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First %1 of %2 bytes kept here; the transcript has them all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be decoded by this version of Qt.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The data starts with a %1 byte-order mark (%Ln byte(s)); it is not shown as text.</source>
        <translation>
            <numerusform>The data starts with a %1 byte-order mark (%Ln byte); it is not shown as text.</numerusform>
            <numerusform>The data starts with a %1 byte-order mark (%Ln bytes); it is not shown as text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte sequence(s) are not valid %1 and are shown as �, the first at byte offset %2. The hex dump shows the exact bytes.</source>
        <translation>
            <numerusform>%Ln byte sequence is not valid %1 and is shown as �, at byte offset %2. The hex dump shows the exact bytes.</numerusform>
            <numerusform>%Ln byte sequences are not valid %1 and are shown as �, the first at byte offset %2. The hex dump shows the exact bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the log as a pcapng file for Wireshark, as CSV for a spreadsheet, or as JSON Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Everything…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save every row of the log (pcapng, CSV or JSON Lines, by the file name's extension)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the &amp;Shown Rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save only the rows the filters let through</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export This &amp;Connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save every row of the selected row's connection: the same pair of addresses and ports, seen from either end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wireshark capture (*.pcapng)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON Lines, the transcript's format (*.jsonl)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the Traffic Log</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved %Ln event(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln event to %1.</numerusform>
            <numerusform>Saved %Ln events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) had more bytes than the log keeps (64 KiB a row); the file has the kept part. A transcript (--transcript) or a live capture (--pcapng) keeps every byte.</source>
        <translation>
            <numerusform>%Ln row had more bytes than the log keeps (64 KiB a row); the file has the kept part. A transcript (--transcript) or a live capture (--pcapng) keeps every byte.</numerusform>
            <numerusform>%Ln rows had more bytes than the log keeps (64 KiB a row); the file has the kept part. A transcript (--transcript) or a live capture (--pcapng) keeps every byte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log had already dropped %Ln older event(s) to stay within its limits; they are not in the file.</source>
        <translation>
            <numerusform>The log had already dropped %Ln older event to stay within its limits; it is not in the file.</numerusform>
            <numerusform>The log had already dropped %Ln older events to stay within its limits; they are not in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrafficLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dir.</source>
        <comment>column header: direction arrow</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When it happened, in local time (hours:minutes:seconds.milliseconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>→ this program sent or started it, ← it came from the peer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address and port on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address and port on the other side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many bytes the event carried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start of the data, as text in the tab's encoding or as hex bytes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%2 bytes; the log view keeps the first %1 of them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrafficNames</name>
    <message>
        <source>listening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host &amp; IP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCP Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCP Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concurrency</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrafficPcapng</name>
    <message>
        <source>%1: %2</source>
        <comment>tab title: event kind</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>tab title: event kind (note)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>event label — what this packet is</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>datagram cut to %1 of %2 bytes: an IP packet holds no more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>handshake synthesized: the connection was opened before this file starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SYN synthesized: NetLab saw connect() succeed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SYN-ACK synthesized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACK synthesized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SYN synthesized: NetLab saw accept() return this client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>segment %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FIN synthesized: NetLab closed first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FIN synthesized: the peer closed first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FIN synthesized: the other side closes too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RST synthesized: NetLab aborted the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RST synthesized: the peer reset the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SYN synthesized: NetLab's connect() attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RST synthesized: connection refused, nothing listens there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the capture file %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TranscriptWriter</name>
    <message>
        <source>Cannot write the transcript to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write to the transcript %1: %2. NetLab keeps trying with the next events.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UdpAutoReply</name>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text to match is empty; type the message that should get an answer, for example hello.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the encoding '%1' is not available in this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the regular expression '%1' is not valid at character %2: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reply cannot be sent: %1 (column %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reply cannot be sent: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UdpEngine</name>
    <message>
        <source>0 (granted %1 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receive buffer: %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port 0 cannot receive datagrams: type the receiver's port, a number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>broadcast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>multicast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auto-reply (rule %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The interval must be at least 1 millisecond; %1 ms was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of datagrams cannot be negative (%1 was given); use 0 to send until stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bind the receiver first (for example to 0.0.0.0 and the group's port), then join the multicast group %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a multicast address. IPv4 multicast groups are 224.0.0.0 to 239.255.255.255 (239.x.x.x is meant for local experiments); IPv6 groups start with ff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no network interface called '%1' on this computer. The interfaces are: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This socket is already a member of %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the default interface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not join the multicast group %1. Most likely this computer has no route for multicast (no default route and no 224.0.0.0/4 route), so the system cannot choose an interface by itself (ENODEV). Choose the interface explicitly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not join the multicast group %1 on %2. Most likely the interface is down, has no IPv4 address, or cannot do multicast; or the group and the socket are of different IP versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This socket is not a member of %1 on %2, so it cannot leave it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no network interface called '%1' on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UDP does not tell the sender when nobody is listening. sendto() succeeds as soon as the datagram has left this computer; if no program is bound to the destination port, the datagram is simply thrown away. The receiving computer may answer with an ICMP "port unreachable" message, but an unconnected UDP socket never reports it. The only way to know that a datagram arrived is an answer from the receiver, like the reply to hello.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port %1 is already in use on %2: another socket (maybe another receiver, or another NetLab tab) is bound to it. Close the other program, choose another port, or tick "Share address" (SO_REUSEADDR) for every socket that binds this port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was sent: one UDP datagram can carry at most %1 bytes over IPv4 and %2 bytes over IPv6, because the length fields of UDP and IP stop at 65,535 bytes. Send the data in smaller pieces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was sent: one UDP datagram can carry at most %1 bytes over %2, because the length fields of UDP and IP stop at 65,535 bytes. Send the data in smaller pieces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not send to 255.255.255.255: the network is unreachable (ENETUNREACH). This address means "everyone on my own network", but the system does not know which network that is: there is no default route. Bind the sender to the address of the interface it should use (for example 192.168.1.10), or send to that network's broadcast address (such as 192.168.1.255) instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not send to %1: the network is unreachable (ENETUNREACH): this computer has no route to that address. Check the address, the network connection and the address the sender is bound to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) from %1</source>
        <translation>
            <numerusform>%n byte from %1</numerusform>
            <numerusform>%n bytes from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more call(s) in the last second</source>
        <translation>
            <numerusform>… %n more call in the last second</numerusform>
            <numerusform>… %n more calls in the last second</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes in total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiving a datagram failed (recvfrom: %1). Close the socket and bind it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UdpTab</name>
    <message>
        <source>Receiver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bind &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address the receiver listens on. 127.0.0.1 and ::1 can only be reached from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 = any free port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share address (SO_REUSEADDR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let other sockets bind the same port too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: 0.0.0.0 listens on every interface. Other computers on the network can send datagrams to this port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto-reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer datagrams that match a rule, like the classic hello exercise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target &amp;host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP address or host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1-65535</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Local port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any (chosen by the system)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: bind the sender to this port before sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escapes (\n, \xNN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No line ending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LF (\n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>× </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send &amp;repeatedly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datagrams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding used to show received text and to match auto-reply rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply to selected sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Socket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0.0.0.0 — all interfaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiving on %1 (port %2). Receive buffer: %3 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not bound: choose an address and a port, then press Bind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until this is fixed, the previous rules stay in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the target host: an IP address such as 127.0.0.1 or a name such as localhost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host contains a space (at position %1). Addresses and host names never contain spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending repeatedly: %1 sent so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sender socket uses local port %1; replies sent to it appear in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sender socket is not open yet: the first send binds it to a free port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload, column %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received — datagrams: %1, bytes: %2 · Sent — datagrams: %3, bytes: %4 · Auto-replied — datagrams: %5, bytes: %6</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n older datagram(s) removed from the list (it keeps the last %1).</source>
        <translation>
            <numerusform>%n older datagram removed from the list (it keeps the last %1).</numerusform>
            <numerusform>%n older datagrams removed from the list (it keeps the last %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a port number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a port number. Use digits only: 0 (any free port) to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a port number. Use digits only: 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port %1 is too large: port numbers go up to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port 0 cannot be a destination. Use a port from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wireshark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters and a one-click capture to find this tab's packets in Wireshark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WiresharkFilters</name>
    <message>
        <source>Capture on %1. Loopback traffic is captured on %1, not on your Ethernet or Wi-Fi interface: packets between two programs on this computer never reach a network card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capture on %1: this pseudo-interface sees every interface at once (Ethernet, Wi-Fi and loopback), so you do not need to know which one the packets use.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WiresharkPane</name>
    <message>
        <source>Run Wireshark beside NetLab and paste these filters to see exactly this tab's packets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capture filter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decides which packets Wireshark records at all (BPF syntax). Set it before you start capturing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the capture filter on the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display filter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decides which recorded packets Wireshark shows: paste it into the filter bar above the packet list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the display filter on the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This connection:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A display filter for exactly one connection: both ports and both addresses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the filter for this connection on the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terminal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same capture with tshark, Wireshark for the terminal: paste it into a terminal and press Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the tshark command on the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capture with Wireshark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start Wireshark capturing on the interface above with the capture filter above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known once the tab has a port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a connection to get a filter for it alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wireshark was started and is capturing on %1. Packets appear there as this tab sends and receives; paste the display filter into Wireshark's filter bar to hide everything else.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the tab NAME: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the language CODE: en or zh_CN (for this run; the View menu remembers a choice).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Append every network event to FILE as one JSON object per line, flushed as it happens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep at most ROWS rows in the traffic log view (default 100000; older rows are counted, and the transcript keeps them all).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ROWS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NetLab: a lab for learning network programming with TCP, UDP, broadcast, encodings and threads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no tab called '%1'; choose one of: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the language '%1' is not available; choose en or zh_CN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--transcript needs a file name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--log-capacity must be a whole number from 100 to 10000000, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument '%1'; see netlab --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the TCP Server tab listening on ADDR:PORT (for example 127.0.0.1:8888, [::1]:8888; port 0 picks a free port).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TCP server's mode: %1 (default event-loop).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the TCP Client tab connected to HOST:PORT; each --send is sent after the reply to the previous one (or %1 s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text to send with --tcp-client, --udp-send or --broadcast-send (UTF-8; escapes such as \n and \x41 are understood). Repeat it to send several messages in order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the UDP tab with its receiver bound to ADDR:PORT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the UDP tab sending each --send to HOST:PORT as one datagram, waiting for a reply (or %1 s) between them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the Broadcast tab with a receiver on 0.0.0.0:PORT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the Broadcast tab sending each --send to ADDR:PORT (for example 127.255.255.255:9999, which stays on this machine).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--broadcast-receive takes only a port (0 to 65535), not '%1'; the receiver always listens on 0.0.0.0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--server-mode: '%1' is not a mode; choose one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--server-mode needs --tcp-server ADDR:PORT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give only one of --tcp-client, --udp-send and --broadcast-send: --send belongs to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--send needs a place to send to: --tcp-client, --udp-send or --broadcast-send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--send '%1', column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write every network event to FILE as a capture Wireshark opens (pcapng), packet by packet as it happens; the file is complete after each packet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--pcapng needs a file name</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
