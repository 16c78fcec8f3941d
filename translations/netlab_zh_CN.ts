<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressInfo</name>
    <message numerus="yes">
        <source>An IPv4 address is 4 numbers separated by dots, but '%1' has %n number(s).</source>
        <translation>
            <numerusform>IPv4 地址由 4 个用点分隔的数字组成，但 '%1' 有 %n 个数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Part %1 of the IPv4 address is empty: there are two dots in a row, or a dot at the start or the end.</source>
        <translation>IPv4 地址的第 %1 部分为空：可能是连续写了两个点，或者开头或结尾多了一个点。</translation>
    </message>
    <message>
        <source>'%1' is not a number (part %2).</source>
        <translation>'%1' 不是数字（第 %2 部分）。</translation>
    </message>
    <message>
        <source>'%1' is not a number from 0 to 255 (part %2).</source>
        <translation>'%1' 不是 0 到 255 之间的数字（第 %2 部分）。</translation>
    </message>
    <message>
        <source>'%1' has a leading zero (part %2). Write it without the zero: some programs read 010 as an octal number, which is 8.</source>
        <translation>'%1' 有前导零（第 %2 部分）。请去掉前面的 0：有些程序会把 010 当作八进制数，也就是 8。</translation>
    </message>
    <message>
        <source>'%1' is not allowed in an IPv6 address (position %2). Use the hex digits 0–9 and a–f, separated by ':'.</source>
        <translation>IPv6 地址中不允许出现 '%1'（第 %2 个字符）。请使用十六进制数字 0–9 和 a–f，并用 ':' 分隔。</translation>
    </message>
    <message>
        <source>'::' may appear only once in an IPv6 address: it stands for one run of zero groups, and with two of them nobody could tell how many zeros each one means.</source>
        <translation>'::' 在 IPv6 地址中只能出现一次：它代表一段连续的全零组，如果出现两次，就无法判断每个 '::' 各代表多少个全零组。</translation>
    </message>
    <message>
        <source>'%1' has an empty group: a single ':' must stand between two groups, and only '::' may leave groups out.</source>
        <translation>'%1' 中有空组：两个组之间只能有一个 ':'，只有 '::' 才能省略组。</translation>
    </message>
    <message>
        <source>Only the end of an IPv6 address may be written as an IPv4 address, as in ::ffff:192.0.2.1.</source>
        <translation>只有 IPv6 地址的末尾部分可以写成 IPv4 地址的形式，例如 ::ffff:192.0.2.1。</translation>
    </message>
    <message>
        <source>Group '%1' has more than 4 hex digits (group %2).</source>
        <translation>组 '%1' 超过了 4 个十六进制数字（第 %2 组）。</translation>
    </message>
    <message numerus="yes">
        <source>'%1' has %n group(s) besides '::', but '::' must stand for at least one zero group, so at most 7 can be written.</source>
        <translation>
            <numerusform>'%1' 除 '::' 外还有 %n 个组，但 '::' 至少要代表一个全零组，所以最多只能写 7 个组。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An IPv6 address has 8 groups of hex digits separated by ':', but '%1' has %n. Use '::' to leave out a run of zero groups.</source>
        <translation>
            <numerusform>IPv6 地址由 8 组用 ':' 分隔的十六进制数字组成，但 '%1' 有 %n 组。可以用 '::' 省略一段连续的全零组。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type an IPv4 address such as 192.168.1.77 or an IPv6 address such as 2001:db8::1.</source>
        <translation>请输入 IPv4 地址（如 192.168.1.77）或 IPv6 地址（如 2001:db8::1）。</translation>
    </message>
    <message>
        <source>Spaces are not allowed inside an address (position %1).</source>
        <translation>地址中不能有空格（第 %1 个字符）。</translation>
    </message>
    <message>
        <source>'%1' has a prefix length; type the address alone, without '/'.</source>
        <translation>'%1' 带有前缀长度；这里只需输入地址本身，不要带 '/'。</translation>
    </message>
    <message>
        <source>The zone after '%' is missing: write for example fe80::1%eth0.</source>
        <translation>'%' 后面缺少区域标识（zone）：请写成 fe80::1%eth0 这样的形式。</translation>
    </message>
    <message>
        <source>'%1' is not a valid IPv6 address.</source>
        <translation>'%1' 不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>'%1' is not an IP address. An IPv4 address looks like 192.168.1.77 and an IPv6 address like 2001:db8::1. To find the address of a name, use "Resolve a name".</source>
        <translation>'%1' 不是 IP 地址。IPv4 地址形如 192.168.1.77，IPv6 地址形如 2001:db8::1。要查询某个名称对应的地址，请使用“解析名称”页。</translation>
    </message>
    <message>
        <source>Type an IPv4 address such as 192.168.1.77 or an IPv6 address such as 2001:db8::1, optionally followed by a prefix length such as /24.</source>
        <translation>请输入 IPv4 地址（如 192.168.1.77）或 IPv6 地址（如 2001:db8::1），后面可以加上前缀长度，如 /24。</translation>
    </message>
    <message>
        <source>The prefix length after '/' is missing: write for example %1/24.</source>
        <translation>'/' 后面缺少前缀长度：请写成例如 %1/24 的形式。</translation>
    </message>
    <message>
        <source>The prefix length after '/' is missing: write for example %1/64.</source>
        <translation>'/' 后面缺少前缀长度：请写成例如 %1/64 的形式。</translation>
    </message>
    <message>
        <source>'%1' is not a prefix length: after '/' write a whole number of bits, such as 24.</source>
        <translation>'%1' 不是前缀长度：'/' 后面应写一个表示位数的整数，如 24。</translation>
    </message>
    <message>
        <source>The prefix length must be 0–32 for IPv4, not %1.</source>
        <translation>IPv4 的前缀长度必须在 0–32 之间，不能是 %1。</translation>
    </message>
    <message>
        <source>The prefix length must be 0–128 for IPv6, not %1.</source>
        <translation>IPv6 的前缀长度必须在 0–128 之间，不能是 %1。</translation>
    </message>
    <message>
        <source>Unspecified (any address)</source>
        <translation>未指定（任意地址）</translation>
    </message>
    <message>
        <source>"This network" (0.0.0.0/8)</source>
        <translation>“本网络”（0.0.0.0/8）</translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation>环回</translation>
    </message>
    <message>
        <source>Private (RFC 1918)</source>
        <translation>私有（RFC 1918）</translation>
    </message>
    <message>
        <source>Shared address space, carrier-grade NAT (RFC 6598)</source>
        <translation>共享地址空间，运营商级 NAT（RFC 6598）</translation>
    </message>
    <message>
        <source>Link-local</source>
        <translation>链路本地</translation>
    </message>
    <message>
        <source>Multicast</source>
        <translation>组播</translation>
    </message>
    <message>
        <source>Limited broadcast</source>
        <translation>受限广播</translation>
    </message>
    <message>
        <source>Documentation (examples only)</source>
        <translation>文档专用（仅用于举例）</translation>
    </message>
    <message>
        <source>Reserved (240.0.0.0/4)</source>
        <translation>保留（240.0.0.0/4）</translation>
    </message>
    <message>
        <source>Unique local (fc00::/7)</source>
        <translation>唯一本地（fc00::/7）</translation>
    </message>
    <message>
        <source>IPv4-mapped IPv6 address</source>
        <translation>IPv4 映射的 IPv6 地址</translation>
    </message>
    <message>
        <source>Global (public)</source>
        <translation>公网（全球单播）</translation>
    </message>
    <message>
        <source>Means "no particular address". A server that binds to it listens on every address of the machine; it is never the destination of a packet.</source>
        <translation>表示“不指定具体地址”。绑定到该地址的服务器会在本机的所有地址上监听；它永远不会作为数据包的目的地址。</translation>
    </message>
    <message>
        <source>Addresses in 0.0.0.0/8 mean "this network" and cannot be used as a destination.</source>
        <translation>0.0.0.0/8 中的地址表示“本网络”，不能用作目的地址。</translation>
    </message>
    <message>
        <source>Traffic to a loopback address never leaves this machine. Use it to test a client and a server on the same computer.</source>
        <translation>发往环回地址的流量永远不会离开本机。可以用它在同一台计算机上测试客户端和服务器。</translation>
    </message>
    <message>
        <source>Used inside homes, schools and companies (10/8, 172.16/12, 192.168/16). Routers on the internet drop them; such machines reach the internet through NAT.</source>
        <translation>用于家庭、学校和公司的内部网络（10/8、172.16/12、192.168/16）。互联网上的路由器会丢弃发往这类地址的数据包；使用这类地址的机器通过 NAT 访问互联网。</translation>
    </message>
    <message>
        <source>Used by internet providers between their NAT and their customers' routers (100.64.0.0/10). Not reachable from the internet.</source>
        <translation>由互联网服务提供商用在其 NAT 设备与用户路由器之间（100.64.0.0/10）。从互联网上无法访问。</translation>
    </message>
    <message>
        <source>Valid only on one link (one cable or Wi-Fi network); routers never forward it. A machine gives itself one when no DHCP server answers (IPv4) or always (IPv6).</source>
        <translation>只在一条链路（一根网线或一个 Wi-Fi 网络）上有效，路由器从不转发。在 IPv4 中，机器在没有 DHCP 服务器应答时会给自己分配一个这样的地址；在 IPv6 中，机器总会给自己分配一个。</translation>
    </message>
    <message>
        <source>Addresses a group of receivers instead of one machine; receivers must join the group. Used with UDP.</source>
        <translation>寻址的是一组接收者，而不是一台机器；接收者必须先加入该组。与 UDP 配合使用。</translation>
    </message>
    <message>
        <source>255.255.255.255 reaches every machine on the local network segment, and no router forwards it. Used with UDP.</source>
        <translation>发往 255.255.255.255 的数据会到达本地网段上的每一台机器，任何路由器都不会转发它。与 UDP 配合使用。</translation>
    </message>
    <message>
        <source>Reserved for examples in books and manuals (192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32); not routed on the internet.</source>
        <translation>保留给书籍和手册中的示例使用（192.0.2/24、198.51.100/24、203.0.113/24、2001:db8::/32），在互联网上不会被路由。</translation>
    </message>
    <message>
        <source>Reserved for future use; hosts and routers do not accept it.</source>
        <translation>保留供将来使用；主机和路由器都不接受这类地址。</translation>
    </message>
    <message>
        <source>The IPv6 counterpart of private addresses: usable inside an organisation, not routed on the internet.</source>
        <translation>相当于 IPv6 中的私有地址：可在机构内部使用，在互联网上不会被路由。</translation>
    </message>
    <message>
        <source>An IPv4 address written in IPv6 form (::ffff:a.b.c.d). A server listening on IPv6 sees IPv4 clients like this.</source>
        <translation>以 IPv6 形式书写的 IPv4 地址（::ffff:a.b.c.d）。在 IPv6 上监听的服务器看到的 IPv4 客户端地址就是这种形式。</translation>
    </message>
    <message>
        <source>A public address: routers on the internet forward packets to it.</source>
        <translation>公网地址：互联网上的路由器会转发发往该地址的数据包。</translation>
    </message>
</context>
<context>
    <name>BroadcastTab</name>
    <message>
        <source>Receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Bind &amp;address:</source>
        <translation>绑定地址(&amp;A)：</translation>
    </message>
    <message>
        <source>A receiver must be bound to 0.0.0.0 (all interfaces) to see broadcasts. 127.0.0.1 is here to try why.</source>
        <translation>接收方必须绑定到 0.0.0.0（所有网络接口）才能收到广播。这里提供 127.0.0.1，是为了让你亲手试一试其中的原因。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>0 = any free port</source>
        <translation>0 = 任意空闲端口</translation>
    </message>
    <message>
        <source>Share (SO_REUSEADDR)</source>
        <translation>共享（SO_REUSEADDR）</translation>
    </message>
    <message>
        <source>Let other programs on this computer bind this port too and receive the same broadcasts.</source>
        <translation>允许本机上的其他程序也绑定这个端口，并收到相同的广播。</translation>
    </message>
    <message>
        <source>A receiver bound to 127.0.0.1 does not see broadcasts: the kernel hands a broadcast only to sockets bound to 0.0.0.0 (or to the broadcast address itself). Use 0.0.0.0.</source>
        <translation>绑定到 127.0.0.1 的接收方收不到广播：内核只把广播交给绑定到 0.0.0.0（或广播地址本身）的套接字。请使用 0.0.0.0。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>停止(&amp;P)</translation>
    </message>
    <message>
        <source>Multicast</source>
        <translation>组播</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>组播组(&amp;G)：</translation>
    </message>
    <message>
        <source>224.0.0.0 to 239.255.255.255</source>
        <translation>224.0.0.0 到 239.255.255.255</translation>
    </message>
    <message>
        <source>A multicast group address. 239.x.x.x is for private use, like a lab.</source>
        <translation>组播组地址。239.x.x.x 留作私有用途，例如在实验室内部使用。</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>网络接口(&amp;I)：</translation>
    </message>
    <message>
        <source>The interface to join the group on and to send group datagrams from (IP_MULTICAST_IF). lo keeps everything on this computer.</source>
        <translation>在哪个网络接口上加入组播组，以及从哪个接口发送组播数据报（IP_MULTICAST_IF）。选择 lo 时，所有数据都留在本机。</translation>
    </message>
    <message>
        <source>TT&amp;L:</source>
        <translation>TTL(&amp;L)：</translation>
    </message>
    <message>
        <source>IP_MULTICAST_TTL: 0 stays on this computer, 1 stays on the local network, more crosses multicast routers.</source>
        <translation>IP_MULTICAST_TTL：0 表示只留在本机，1 表示只留在本地网络，更大的值可以穿过组播路由器。</translation>
    </message>
    <message>
        <source>Loopback (IP_MULTICAST_LOOP)</source>
        <translation>环回（IP_MULTICAST_LOOP）</translation>
    </message>
    <message>
        <source>Deliver my own group datagrams to receivers on this computer too.</source>
        <translation>把自己发出的组播数据报也投递给本机上的接收方。</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>The receiver socket joins the group (IP_ADD_MEMBERSHIP).</source>
        <translation>接收方套接字加入该组播组（IP_ADD_MEMBERSHIP）。</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>退出(&amp;L)</translation>
    </message>
    <message>
        <source>The receiver socket leaves the selected group (IP_DROP_MEMBERSHIP).</source>
        <translation>接收方套接字退出选中的组播组（IP_DROP_MEMBERSHIP）。</translation>
    </message>
    <message>
        <source>Send payload to &amp;group</source>
        <translation>将数据发送到组播组(&amp;G)</translation>
    </message>
    <message>
        <source>Sends the sender's payload to the group, on the sender's port, with this TTL and loopback setting.</source>
        <translation>把发送方的数据发送到该组播组，使用发送方的端口以及这里的 TTL 和环回设置。</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>已加入：</translation>
    </message>
    <message>
        <source>The groups the receiver socket has joined, and on which interface.</source>
        <translation>接收方套接字已加入的组播组，以及所在的网络接口。</translation>
    </message>
    <message>
        <source>Broadcast sender</source>
        <translation>广播发送方</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>Where the datagram goes: an interface's subnet broadcast, the limited broadcast 255.255.255.255, or 127.255.255.255 (stays on this computer).</source>
        <translation>数据报的去向：某个网络接口的子网广播地址、受限广播地址 255.255.255.255，或者 127.255.255.255（只留在本机）。</translation>
    </message>
    <message>
        <source>This target is on the network: the datagram leaves this computer and every machine on that network receives it.</source>
        <translation>这个目标位于网络上：数据报会离开本机，该网络中的每台计算机都会收到它。</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Bind to:</source>
        <translation>绑定到(&amp;B)：</translation>
    </message>
    <message>
        <source>Bind the sender to an interface address to choose the interface the broadcast leaves by. This is the fix for 255.255.255.255 on a computer without a default route.</source>
        <translation>把发送方绑定到某个网络接口的地址，以选择广播从哪个接口发出。在没有默认路由的计算机上，这就是解决 255.255.255.255 发送失败的办法。</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>数据(&amp;Y)：</translation>
    </message>
    <message>
        <source>Text to send; \n, \x41 and \u4F60 are escapes</source>
        <translation>要发送的文本；\n、\x41 和 \u4F60 都是转义序列</translation>
    </message>
    <message>
        <source>Text: the characters, encoded. Hex: the bytes, written in hex.</source>
        <translation>文本：输入字符，经编码后发送。十六进制：直接以十六进制写出字节。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>How text is turned into bytes.</source>
        <translation>把文本转换为字节时使用的编码。</translation>
    </message>
    <message>
        <source>Escapes</source>
        <translation>转义序列</translation>
    </message>
    <message>
        <source>Understand \n \r \t \\ \0 \xNN and \uNNNN in the text.</source>
        <translation>识别文本中的转义序列：\n \r \t \\ \0 \xNN 和 \uNNNN。</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>发送(&amp;E)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>every </source>
        <translation>每隔 </translation>
    </message>
    <message>
        <source>Time between repeated datagrams.</source>
        <translation>两次发送数据报之间的时间间隔。</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>不限次数</translation>
    </message>
    <message>
        <source>How many datagrams to send; 0 sends until Stop.</source>
        <translation>要发送多少个数据报；0 表示一直发送，直到点击“停止”。</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>重复发送(&amp;R)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop repeating.</source>
        <translation>停止重复发送。</translation>
    </message>
    <message>
        <source>Received datagrams (source in From):</source>
        <translation>收到的数据报（来源见“来源”列）：</translation>
    </message>
    <message>
        <source>S&amp;how as:</source>
        <translation>显示为(&amp;H)：</translation>
    </message>
    <message>
        <source>How received bytes are shown as text.</source>
        <translation>把收到的字节显示为文本时使用的编码。</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清空(&amp;C)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>程序(&amp;G)：</translation>
    </message>
    <message>
        <source>Which program the Explain pane shows, with this tab's current values.</source>
        <translation>讲解面板显示哪个程序，程序中使用本选项卡当前的设置值。</translation>
    </message>
    <message>
        <source>Broadcast receiver</source>
        <translation>广播接收方</translation>
    </message>
    <message>
        <source>Multicast sender</source>
        <translation>组播发送方</translation>
    </message>
    <message>
        <source>Multicast receiver</source>
        <translation>组播接收方</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <source>SO_BROADCAST: a socket may send to a broadcast address only after setsockopt(SOL_SOCKET, SO_BROADCAST, 1). Without it, sendto() fails with EACCES (permission denied). Qt sets it on every QUdpSocket; a C or Python program must set it itself.</source>
        <translation>SO_BROADCAST：套接字只有在调用 setsockopt(SOL_SOCKET, SO_BROADCAST, 1) 之后，才能向广播地址发送数据。否则 sendto() 会失败，返回 EACCES（权限被拒绝）。Qt 会为每个 QUdpSocket 设置这个选项；C 或 Python 程序则必须自己设置。</translation>
    </message>
    <message>
        <source>Subnet (directed) broadcast, such as 192.168.1.255: every host of that one subnet receives it, and it leaves through the interface of that subnet. Limited broadcast 255.255.255.255: every host on the local link receives it; routers never forward it, and the system sends it out of the interface its routing table picks.</source>
        <translation>子网广播（定向广播），例如 192.168.1.255：该子网中的每台主机都会收到它，并且它从该子网所在的网络接口发出。受限广播 255.255.255.255：本地链路上的每台主机都会收到它；路由器从不转发它，系统会从路由表选定的网络接口把它发出。</translation>
    </message>
    <message>
        <source>Why 255.255.255.255 can fail with "network unreachable" (ENETUNREACH): that address belongs to no subnet, so the system looks for a default route to choose an interface. A computer without a default route (a lab network without a gateway) has none and refuses the datagram. Fix: bind the sender to an interface address (Bind to), which tells the system which interface to use, or send to the subnet broadcast address instead.</source>
        <translation>为什么发送到 255.255.255.255 可能失败并提示“network unreachable”（ENETUNREACH）：这个地址不属于任何子网，因此系统要查找默认路由来选择网络接口。没有默认路由的计算机（例如没有网关的实验室网络）找不到接口，就会拒绝发送该数据报。解决办法：把发送方绑定到某个网络接口的地址（“绑定到”），告诉系统使用哪个接口；或者改为发送到子网广播地址。</translation>
    </message>
    <message>
        <source>The receiver is bound to 0.0.0.0: a broadcast is addressed to x.x.x.255 or 255.255.255.255, not to the receiver's own address, so a socket bound to 127.0.0.1 or 192.168.1.10 never sees it. 127.255.255.255 is the broadcast address of the loopback network: safe for a lab, it never leaves this computer.</source>
        <translation>接收方绑定到 0.0.0.0：广播的目的地址是 x.x.x.255 或 255.255.255.255，而不是接收方自己的地址，所以绑定到 127.0.0.1 或 192.168.1.10 的套接字永远收不到它。127.255.255.255 是环回网络的广播地址：在实验中使用很安全，它永远不会离开本机。</translation>
    </message>
    <message>
        <source>Multicast goes only to the computers that joined the group (IP_ADD_MEMBERSHIP) on the interface it is sent on. Joining fails with ENODEV when the interface does not exist or cannot do multicast, and without an interface chosen when the system has no route for multicast (no default route and no 224.0.0.0/4 route). The TTL limits how far it travels: 0 stays on this computer, 1 on the local network.</source>
        <translation>组播只发送给在发送所用的网络接口上加入了该组播组（IP_ADD_MEMBERSHIP）的计算机。如果网络接口不存在或不支持组播，加入会失败并返回 ENODEV；如果没有选择网络接口，而系统又没有组播路由（既没有默认路由，也没有 224.0.0.0/4 路由），加入同样会失败。TTL 限制组播能传多远：0 表示只留在本机，1 表示只在本地网络内。</translation>
    </message>
    <message>
        <source>0.0.0.0 — all interfaces</source>
        <translation>0.0.0.0 — 所有网络接口</translation>
    </message>
    <message>
        <source>127.0.0.1 — loopback only (sees no broadcasts)</source>
        <translation>127.0.0.1 — 仅环回（收不到广播）</translation>
    </message>
    <message>
        <source>%1 — limited broadcast (the whole local network)</source>
        <translation>%1 — 受限广播（整个本地网络）</translation>
    </message>
    <message>
        <source>%1 — loopback, stays on this computer</source>
        <translation>%1 — 环回，只留在本机</translation>
    </message>
    <message>
        <source>%1 — subnet broadcast of %2 (%3)</source>
        <translation>%1 — %2 的子网广播（%3）</translation>
    </message>
    <message>
        <source>%1 — given on the command line</source>
        <translation>%1 — 由命令行指定</translation>
    </message>
    <message>
        <source>Any address — the system chooses</source>
        <translation>任意地址 — 由系统选择</translation>
    </message>
    <message>
        <source>The system chooses</source>
        <translation>由系统选择</translation>
    </message>
    <message>
        <source>Receiving on %1 (port %2). Broadcasts sent to port %2 arrive here.</source>
        <translation>正在 %1 上接收（端口 %2）。发往端口 %2 的广播会到达这里。</translation>
    </message>
    <message>
        <source>Stopped: choose a port (0 = any free port) and press Start.</source>
        <translation>已停止：请选择端口（0 = 任意空闲端口），然后点击“启动”。</translation>
    </message>
    <message>
        <source>Enter a multicast group address, such as 239.1.2.3.</source>
        <translation>请输入组播组地址，例如 239.1.2.3。</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 address. Write four numbers from 0 to 255 separated by dots, such as 239.1.2.3.</source>
        <translation>"%1" 不是 IPv4 地址。请写出用点分隔的四个 0 到 255 之间的数字，例如 239.1.2.3。</translation>
    </message>
    <message>
        <source>%1 is an IPv6 address. This tab uses IPv4 groups: 224.0.0.0 to 239.255.255.255.</source>
        <translation>%1 是 IPv6 地址。本选项卡使用 IPv4 组播组：224.0.0.0 到 239.255.255.255。</translation>
    </message>
    <message>
        <source>%1 is not a multicast address: it belongs to one computer. Multicast groups are 224.0.0.0 to 239.255.255.255; 239.x.x.x is meant for labs like this one.</source>
        <translation>%1 不是组播地址：它属于某一台计算机。组播组的范围是 224.0.0.0 到 239.255.255.255；239.x.x.x 正是供本实验这样的场合使用的。</translation>
    </message>
    <message>
        <source>Start the receiver first: it is the receiver socket that joins the group, so it must be bound to a port.</source>
        <translation>请先启动接收方：加入组播组的是接收方套接字，所以它必须先绑定到一个端口。</translation>
    </message>
    <message>
        <source>%1 on the interface the system chose</source>
        <translation>%1（系统选择的网络接口）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（网络接口 %2）</translation>
    </message>
    <message>
        <source>Sending repeatedly: %1 sent so far.</source>
        <translation>正在重复发送：已发送 %1 个数据报。</translation>
    </message>
    <message>
        <source>The sender socket is bound to %1.</source>
        <translation>发送方套接字已绑定到 %1。</translation>
    </message>
    <message>
        <source>The sender socket uses local port %1 on any address.</source>
        <translation>发送方套接字使用任意地址上的本地端口 %1。</translation>
    </message>
    <message>
        <source>The sender socket is not open yet: the first send opens it.</source>
        <translation>发送方套接字尚未打开：第一次发送时会打开它。</translation>
    </message>
    <message>
        <source>Several interfaces can carry a broadcast: %1. A subnet broadcast leaves through the interface of its subnet; 255.255.255.255 through the one the routing table picks, unless the sender is bound to an interface address.</source>
        <translation>有多个网络接口可以承载广播：%1。子网广播从其子网所在的网络接口发出；255.255.255.255 则从路由表选定的接口发出，除非发送方绑定到了某个网络接口的地址。</translation>
    </message>
    <message>
        <source>Used interface: %1 (loopback). The datagram stays on this computer.</source>
        <translation>使用的网络接口：%1（环回）。数据报只留在本机。</translation>
    </message>
    <message>
        <source>Used interface: %1, the interface of that subnet.</source>
        <translation>使用的网络接口：%1，即该子网所在的接口。</translation>
    </message>
    <message>
        <source>Used interface: %1, because the sender is bound to its address %2.</source>
        <translation>使用的网络接口：%1，因为发送方绑定到了它的地址 %2。</translation>
    </message>
    <message>
        <source>Used interface: %1 (%2), chosen by the routing table.</source>
        <translation>使用的网络接口：%1（%2），由路由表选定。</translation>
    </message>
    <message>
        <source>No interface can carry it: this computer has no route for it (no default route), so sendto() fails with ENETUNREACH. Choose an interface address under Bind to.</source>
        <translation>没有网络接口可以承载它：本机没有通往它的路由（没有默认路由），所以 sendto() 会失败并返回 ENETUNREACH。请在“绑定到”中选择一个网络接口的地址。</translation>
    </message>
    <message>
        <source>Payload, column %1: %2</source>
        <translation>数据，第 %1 列：%2</translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>the sender socket</source>
        <translation>发送方套接字</translation>
    </message>
    <message>
        <source>the receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>%1 (multicast)</source>
        <translation>%1（组播）</translation>
    </message>
    <message>
        <source>%1 (broadcast)</source>
        <translation>%1（广播）</translation>
    </message>
    <message>
        <source>%1 (unicast)</source>
        <translation>%1（单播）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>发往</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Received — datagrams: %1, bytes: %2 · Sent — datagrams: %3, bytes: %4</source>
        <translation>已接收：%1 个数据报，%2 字节 · 已发送：%3 个数据报，%4 字节</translation>
    </message>
    <message numerus="yes">
        <source>%n older datagram(s) removed from the list (it keeps the last %1).</source>
        <translation>
            <numerusform>已从列表中移除 %n 个较早的数据报（列表只保留最近的 %1 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Enter a port number from 1 to 65535.</source>
        <translation>请输入 1 到 65535 之间的端口号。</translation>
    </message>
    <message>
        <source>"%1" is not a port number. Use digits only: 0 (any free port) to 65535.</source>
        <translation>"%1" 不是端口号。请只输入数字：0（任意空闲端口）到 65535。</translation>
    </message>
    <message>
        <source>"%1" is not a port number. Use digits only: 1 to 65535.</source>
        <translation>"%1" 不是端口号。请只输入数字：1 到 65535。</translation>
    </message>
    <message>
        <source>Port %1 is too large: port numbers go up to 65535.</source>
        <translation>端口 %1 太大：端口号最大为 65535。</translation>
    </message>
    <message>
        <source>Port 0 cannot be a destination. Use the receiver's port, from 1 to 65535.</source>
        <translation>端口 0 不能作为目的端口。请使用接收方的端口，即 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Wireshark</source>
        <translation>Wireshark</translation>
    </message>
    <message>
        <source>Filters and a one-click capture to find this tab's packets in Wireshark</source>
        <translation>过滤器和一键抓包，帮你在 Wireshark 中找到本选项卡的数据包</translation>
    </message>
</context>
<context>
    <name>BytesFormat</name>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… 还有 %n 个字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureTool</name>
    <message>
        <source>Wireshark is not installed. Install it in a terminal with:
sudo apt install wireshark
(or sudo apt install tshark for the terminal version only), then come back to this tab.</source>
        <translation>Wireshark 尚未安装。请在终端中用以下命令安装：
sudo apt install wireshark
（如果只需要终端版本，可以运行 sudo apt install tshark），然后回到本选项卡。</translation>
    </message>
    <message>
        <source>Wireshark is installed, but your user may not capture packets yet: dumpcap, the part of Wireshark that captures, is not allowed to run for you. Fix it once, in a terminal:
1. sudo dpkg-reconfigure wireshark-common (answer Yes: non-superusers may capture)
2. sudo usermod -aG wireshark $USER
3. Log out and log in again: a new group only counts after logging in.</source>
        <translation>Wireshark 已安装，但你的用户目前还不能抓包：dumpcap（Wireshark 中负责抓包的部分）不允许由你运行。请在终端中执行以下步骤（只需做一次）：
1. sudo dpkg-reconfigure wireshark-common（选择 Yes：允许非超级用户抓包）
2. sudo usermod -aG wireshark $USER
3. 注销并重新登录：新加入的用户组只有在重新登录后才会生效。</translation>
    </message>
    <message>
        <source>dumpcap, the part of Wireshark that captures, was not found. Reinstall it in a terminal with: sudo apt install --reinstall wireshark-common</source>
        <translation>找不到 dumpcap（Wireshark 中负责抓包的部分）。请在终端中用以下命令重新安装：sudo apt install --reinstall wireshark-common</translation>
    </message>
    <message>
        <source>Only tshark, the terminal version of Wireshark, is installed. Copy the tshark command above and run it in a terminal, or install the window version with: sudo apt install wireshark</source>
        <translation>只安装了 tshark，即 Wireshark 的终端版本。请复制上面的 tshark 命令并在终端中运行，或者用以下命令安装窗口版本：sudo apt install wireshark</translation>
    </message>
    <message>
        <source>Wireshark needs a desktop to show its window, and there is none here (neither DISPLAY nor WAYLAND_DISPLAY is set). Copy the tshark command above and run it in a terminal.</source>
        <translation>Wireshark 需要桌面环境才能显示窗口，但这里没有（DISPLAY 和 WAYLAND_DISPLAY 都没有设置）。请复制上面的 tshark 命令并在终端中运行。</translation>
    </message>
    <message>
        <source>Wireshark is ready: the button starts it capturing on the interface and with the capture filter shown above.</source>
        <translation>Wireshark 已就绪：点击按钮，它就会在上面显示的网络接口上、使用上面显示的捕获过滤器开始抓包。</translation>
    </message>
    <message>
        <source>Wireshark could not be started (%1): %2</source>
        <translation>无法启动 Wireshark（%1）：%2</translation>
    </message>
</context>
<context>
    <name>ComingTab</name>
    <message>
        <source>This tab is not in this release yet. It will:</source>
        <translation>本版本还没有这个选项卡。它将能够：</translation>
    </message>
    <message>
        <source>Listen on a port and serve clients four ways: reply once and close, a conversation that understands "time" and "exit", one thread per client, and an event loop.</source>
        <translation>在一个端口上监听，并用四种方式为客户端服务：回复一次后关闭；能理解 "time" 和 "exit" 的对话；每个客户端一个线程；以及事件循环。</translation>
    </message>
    <message>
        <source>Send and receive broadcasts and multicast, and learn why a receiver bound to 127.0.0.1 does not see them.</source>
        <translation>发送和接收广播与组播，并了解为什么绑定到 127.0.0.1 的接收方收不到它们。</translation>
    </message>
    <message>
        <source>Watch threads sleep and join, see updates lost without a lock, and compare a thread pool with worker processes.</source>
        <translation>观察线程的休眠与汇合（join），看看不加锁时更新如何丢失，并比较线程池与工作进程。</translation>
    </message>
</context>
<context>
    <name>ConcurrencyTab</name>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>工作线程数(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>时间单位(&amp;U)：</translation>
    </message>
    <message>
        <source>1 s</source>
        <translation>1 s</translation>
    </message>
    <message>
        <source>100 ms</source>
        <translation>100 ms</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export trace…</source>
        <translation>导出跟踪记录…</translation>
    </message>
    <message>
        <source>Save the timeline as a Chrome trace-event JSON file; Perfetto (ui.perfetto.dev) and chrome://tracing open it.</source>
        <translation>把时间线保存为 Chrome trace-event JSON 文件，可以用 Perfetto（ui.perfetto.dev）或 chrome://tracing 打开。</translation>
    </message>
    <message>
        <source>Worker i sleeps i units, then the main thread joins the workers in order. Together they take about N units, not 1 + 2 + … + N, because they sleep at the same time.</source>
        <translation>工作线程 i 休眠 i 个时间单位，然后主线程按顺序等待各工作线程结束（join()）。它们总共只需大约 N 个单位，而不是 1 + 2 + … + N 个，因为它们是同时休眠的。</translation>
    </message>
    <message>
        <source>The result appears here when every worker has been joined.</source>
        <translation>所有工作线程都结束并完成 join() 后，结果显示在这里。</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>锁</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Increments each:</source>
        <translation>每个线程自增次数(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>丢失的更新</translation>
    </message>
    <message>
        <source>Time per increment</source>
        <translation>每次自增耗时</translation>
    </message>
    <message>
        <source>Note: without a lock, 8 threads lose most of their updates, because each thread writes back an old value over the others’ increments.</source>
        <translation>注意：不加锁时，8 个线程的大部分更新都会丢失，因为每个线程都会用旧值覆盖其他线程自增的结果。</translation>
    </message>
    <message>
        <source>Run &amp;contention</source>
        <translation>运行锁竞争演示(&amp;C)</translation>
    </message>
    <message>
        <source>Four threads take one lock in turn: red is waiting for the lock, orange is holding it, and each arrow goes from an unlock to the acquire it let through.</source>
        <translation>四个线程轮流获取同一把锁：红色表示等待锁，橙色表示持有锁；每个箭头从一次解锁指向因此得以成功的那次加锁。</translation>
    </message>
    <message>
        <source>Run &amp;deadlock</source>
        <translation>运行死锁演示(&amp;D)</translation>
    </message>
    <message>
        <source>Two threads take two locks; each waits a limited time for the second lock (a timed tryLock).</source>
        <translation>两个线程获取两把锁；每个线程等待第二把锁的时间有上限（带超时的 tryLock）。</translation>
    </message>
    <message>
        <source>Take the locks in the same order (the fix)</source>
        <translation>按相同顺序获取锁（解决办法）</translation>
    </message>
    <message>
        <source>Step mode</source>
        <translation>单步模式</translation>
    </message>
    <message>
        <source>Two threads each add 1 to a shared counter in three steps: read the counter into a local value, add 1, write it back. Pick which thread runs next and watch for a lost update.</source>
        <translation>两个线程各自分三步给共享计数器加 1：把计数器读入局部值、加 1、写回。选择下一步由哪个线程运行，观察是否会丢失更新。</translation>
    </message>
    <message>
        <source>Use a &amp;lock (lock → read → add → write → unlock)</source>
        <translation>使用锁（加锁 → 读取 → 加 1 → 写回 → 解锁）(&amp;L)</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>重置(&amp;E)</translation>
    </message>
    <message>
        <source>Save the steps as a Chrome trace-event JSON file (one millisecond per step); Perfetto (ui.perfetto.dev) and chrome://tracing open it.</source>
        <translation>把各个步骤保存为 Chrome trace-event JSON 文件（每步记为 1 ms），可以用 Perfetto（ui.perfetto.dev）或 chrome://tracing 打开。</translation>
    </message>
    <message>
        <source>Thread A</source>
        <translation>线程 A</translation>
    </message>
    <message>
        <source>Run thread A step</source>
        <translation>线程 A 执行一步</translation>
    </message>
    <message>
        <source>Shared counter</source>
        <translation>共享计数器</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Thread B</source>
        <translation>线程 B</translation>
    </message>
    <message>
        <source>Run thread B step</source>
        <translation>线程 B 执行一步</translation>
    </message>
    <message>
        <source>Map jobs</source>
        <translation>Map 任务</translation>
    </message>
    <message>
        <source>&amp;Inputs (n):</source>
        <translation>输入（n）(&amp;I)：</translation>
    </message>
    <message>
        <source>Whole numbers separated by commas; each item computes the sum of i × i for i from 0 to n − 1.</source>
        <translation>用逗号分隔的整数；每一项计算 i 从 0 到 n − 1 时 i × i 的和。</translation>
    </message>
    <message>
        <source>&amp;Pool size:</source>
        <translation>池大小(&amp;P)：</translation>
    </message>
    <message>
        <source>Use worker &amp;processes</source>
        <translation>使用工作进程(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>启动(&amp;T)</translation>
    </message>
    <message>
        <source>Compare &amp;1 vs N threads</source>
        <translation>比较 1 个与 N 个线程(&amp;1)</translation>
    </message>
    <message>
        <source>Worker processes: NetLab starts itself again once per worker and sends each its numbers through a pipe. Starting a process takes milliseconds and memory, and every input and result must be copied between processes. Python’s classic program needs processes to use every core (its threads take turns); C++ threads already run on all cores at once.</source>
        <translation>工作进程：NetLab 会为每个工作进程再启动一次自身，并通过管道把各自要算的数字发给它。启动一个进程要花费几毫秒时间和一些内存，而且每个输入和结果都必须在进程之间复制。经典的 Python 程序要用多个进程才能用上所有 CPU 核心（它的线程只能轮流运行）；C++ 线程本来就能同时在所有核心上运行。</translation>
    </message>
    <message>
        <source>What the classic program prints appears here.</source>
        <translation>经典程序的输出显示在这里。</translation>
    </message>
    <message>
        <source>Compare 1 vs N threads draws the speedup here.</source>
        <translation>“比较 1 个与 N 个线程”的加速比显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>Speedup with %n thread(s): %1×</source>
        <translation>
            <numerusform>%n 个线程的加速比：%1×</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n 个线程</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>Running: %n worker(s) sleeping; the main thread joins them in order.</source>
        <translation>
            <numerusform>运行中：%n 个工作线程正在休眠；主线程按顺序等待它们结束（join()）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the sleeping workers were woken early and joined.</source>
        <translation>已取消：正在休眠的工作线程被提前唤醒，并已完成 join()。</translation>
    </message>
    <message numerus="yes">
        <source>All %n thread(s) finished and were joined after %1 ms.</source>
        <translation>
            <numerusform>全部 %n 个线程均已结束，%1 ms 后全部完成 join()。</numerusform>
        </translation>
    </message>
    <message>
        <source>worker %1: slept %2 ms, joined at %3 ms</source>
        <translation>工作线程 %1：休眠 %2 ms，在 %3 ms 时完成 join()</translation>
    </message>
    <message>
        <source>One after the other, the same sleeps would take %1 ms.</source>
        <translation>如果一个接一个地执行，同样的休眠需要 %1 ms。</translation>
    </message>
    <message>
        <source>Counting: %1 threads × %2 increments…</source>
        <translation>正在计数：%1 个线程 × %2 次自增…</translation>
    </message>
    <message>
        <source>Contention: %1 threads take one %2 in turn…</source>
        <translation>锁竞争：%1 个线程轮流获取同一个 %2…</translation>
    </message>
    <message>
        <source>Deadlock demo: both threads take lock 1, then lock 2…</source>
        <translation>死锁演示：两个线程都先获取锁 1，再获取锁 2…</translation>
    </message>
    <message>
        <source>Deadlock demo: thread A takes lock 1 then lock 2, thread B takes lock 2 then lock 1…</source>
        <translation>死锁演示：线程 A 先获取锁 1 再获取锁 2，线程 B 先获取锁 2 再获取锁 1…</translation>
    </message>
    <message>
        <source>Cancelled: the numbers count only the increments that ran.</source>
        <translation>已取消：以上数字只统计实际执行了的自增。</translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <source>Contention: %1 threads × %2 rounds. Waiting for the lock: %3 ms in all; holding it: %4 ms in all. %5 hand-overs, drawn as arrows from each unlock to the acquire it let through.</source>
        <translation>锁竞争：%1 个线程 × %2 轮。等待锁共计 %3 ms；持有锁共计 %4 ms。锁交接 %5 次，每次画成一个箭头，从解锁指向因此得以成功的那次加锁。</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>已取消。%1</translation>
    </message>
    <message>
        <source>Local value of %1: %2</source>
        <translation>%1 的局部值：%2</translation>
    </message>
    <message>
        <source>%1 waits: %2 holds the lock.</source>
        <translation>%1 正在等待：%2 持有锁。</translation>
    </message>
    <message>
        <source>%1 is done; its local value was %2.</source>
        <translation>%1 已完成；它的局部值是 %2。</translation>
    </message>
    <message numerus="yes">
        <source>An update was lost: %n write(s) happened, but the counter is only %1. One thread wrote back a value it had read before the other thread's write.</source>
        <translation>
            <numerusform>丢失了一次更新：共执行了 %n 次写入，但计数器只有 %1。有一个线程写回的值，是它在另一个线程写入之前读到的。</numerusform>
        </translation>
    </message>
    <message>
        <source>No update was lost: the lock let one thread at a time read, add and write, so the counter is %1.</source>
        <translation>没有丢失更新：锁保证每次只有一个线程读取、加 1 并写回，因此计数器为 %1。</translation>
    </message>
    <message>
        <source>No update was lost this time: each thread read the counter after the other had written it. Try another order.</source>
        <translation>这次没有丢失更新：每个线程都是在另一个线程写入之后才读取计数器的。换一种顺序试试。</translation>
    </message>
    <message>
        <source>Inputs: write at least one whole number n, for example 1000000.</source>
        <translation>输入：请至少填写一个整数 n，例如 1000000。</translation>
    </message>
    <message>
        <source>Inputs: number %1 ('%2') is not a whole number from 0 to %3. Separate the numbers with commas.</source>
        <translation>输入：第 %1 个数（'%2'）不是 0 到 %3 之间的整数。请用逗号分隔各个数。</translation>
    </message>
    <message numerus="yes">
        <source>Running on %n worker process(es)…</source>
        <translation>
            <numerusform>正在 %n 个工作进程上运行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running on %n pool thread(s)…</source>
        <translation>
            <numerusform>正在线程池的 %n 个线程上运行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the items that did not finish print as None.</source>
        <translation>已取消：未完成的项输出为 None。</translation>
    </message>
    <message numerus="yes">
        <source>%n worker process(es). Starting them took up to %1 ms before the first item began computing.</source>
        <translation>
            <numerusform>%n 个工作进程。启动它们最多用了 %1 ms，之后第一项才开始计算。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pool thread(s) in this one process.</source>
        <translation>
            <numerusform>同一个进程中线程池的 %n 个线程。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the trace to %1: %2</source>
        <translation>无法把跟踪记录写入 %1：%2</translation>
    </message>
    <message>
        <source>Export trace</source>
        <translation>导出跟踪记录</translation>
    </message>
    <message>
        <source>Chrome trace-event JSON (*.json)</source>
        <translation>Chrome trace-event JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1.
Open it in Perfetto (ui.perfetto.dev) or in Chrome at chrome://tracing to zoom into every span.</source>
        <translation>已保存 %1。
请在 Perfetto（ui.perfetto.dev）或 Chrome 的 chrome://tracing 中打开它，可以放大查看每一个时间段。</translation>
    </message>
</context>
<context>
    <name>DataChunkModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
</context>
<context>
    <name>EncodingTab</name>
    <message>
        <source>Text → bytes</source>
        <translation>文本 → 字节</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>Type any text, for example 你好,世界!</source>
        <translation>输入任意文本，例如：你好,世界!</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <source>The same text in every encoding: its bytes in hex and how many there are. A character an encoding cannot represent is marked in red and named below the row; it is never silently replaced.</source>
        <translation>同一段文本在每种编码下的结果：以十六进制显示的字节及字节数。某种编码无法表示的字符会标成红色，并在该行下方列出；它绝不会被悄悄替换掉。</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Bytes (hex)</source>
        <translation>字节（十六进制）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Per character</source>
        <translation>逐字符查看</translation>
    </message>
    <message>
        <source>Select a character to highlight its bytes in every encoding on the left. An emoji such as 😀 is one character but two UTF-16 units (a surrogate pair).</source>
        <translation>选择一个字符，即可在左侧每种编码中高亮显示它的字节。像 😀 这样的表情符号是一个字符，却占两个 UTF-16 码元（一个代理对）。</translation>
    </message>
    <message>
        <source>Also &amp;show:</source>
        <translation>另外显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Bytes → text</source>
        <translation>字节 → 文本</translation>
    </message>
    <message>
        <source>&amp;Bytes in hex:</source>
        <translation>十六进制字节(&amp;B)：</translation>
    </message>
    <message>
        <source>Any of these forms works, also mixed: e4 bd a0 · 0xe4,0xbd,0xa0 · e4bda0 · e4:bd:a0</source>
        <translation>以下写法均可，也可混用：e4 bd a0 · 0xe4,0xbd,0xa0 · e4bda0 · e4:bd:a0</translation>
    </message>
    <message>
        <source>Read by every encoding</source>
        <translation>用每种编码读取</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Bytes (invalid ones in red, a BOM in blue)</source>
        <translation>字节（无效字节标红，BOM 标蓝）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Mojibake lab</source>
        <translation>乱码实验</translation>
    </message>
    <message>
        <source>Mojibake (文字化け, “garbled characters”) is what you see when bytes written in one encoding are read with another. Encode the text with A, decode the bytes with B, then try the way back.</source>
        <translation>乱码（mojibake，源自日语“文字化け”，意为“变了样的字符”）是指用一种编码写出的字节被另一种编码读取时看到的结果。先用 A 编码文本，再用 B 解码这些字节，然后试试能否反向还原。</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Encode with (A):</source>
        <translation>编码方式 A(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Decode with (B):</source>
        <translation>解码方式 B(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;wap A and B</source>
        <translation>交换 A 和 B(&amp;W)</translation>
    </message>
    <message>
        <source>1. The bytes: the text encoded with A</source>
        <translation>1. 字节：用 A 编码文本得到的字节</translation>
    </message>
    <message>
        <source>2. The garbled text: those bytes decoded with B</source>
        <translation>2. 乱码文本：用 B 解码这些字节得到的文本</translation>
    </message>
    <message>
        <source>3. The way back: the garbled text encoded with B, then decoded with A</source>
        <translation>3. 反向还原：把乱码文本用 B 编码，再用 A 解码</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>字节：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <source>not available in this Qt build</source>
        <translation>此 Qt 构建中不可用</translation>
    </message>
    <message>
        <source>(lone surrogate)</source>
        <translation>（孤立代理项）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a character and its code point</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Cannot encode %n character(s), for example %1</source>
        <translation>
            <numerusform>无法编码 %n 个字符，例如 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot encode %n character(s): %1</source>
        <translation>
            <numerusform>无法编码 %n 个字符：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Character</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>Code point</source>
        <translation>码位</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>cannot encode</source>
        <translation>无法编码</translation>
    </message>
    <message>
        <source>Cannot read the bytes on line %1: %2</source>
        <translation>无法读取第 %1 行的字节：%2</translation>
    </message>
    <message>
        <source>Cannot read the bytes: %1</source>
        <translation>无法读取字节：%1</translation>
    </message>
    <message>
        <source>Type bytes in hex above to see how every encoding reads them.</source>
        <translation>在上方输入十六进制字节，即可查看每种编码如何解读它们。</translation>
    </message>
    <message>
        <source>No byte-order mark (BOM) at the start.</source>
        <translation>开头没有字节顺序标记（BOM）。</translation>
    </message>
    <message>
        <source>The bytes start with a %1 byte-order mark (BOM): %2. A %1 decoder skips it; other encodings read it as ordinary bytes.</source>
        <translation>这些字节以 %1 字节顺序标记（BOM）开头：%2。%1 解码器会跳过它；其他编码则把它当作普通字节读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid sequence(s)</source>
        <translation>
            <numerusform>%n 个无效序列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not available in this Qt build.</source>
        <translation>%1 在此 Qt 构建中不可用。</translation>
    </message>
    <message>
        <source>%1: %2. They are left out of the bytes.</source>
        <translation>%1：%2。这些字符没有写入字节中。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) in %1.</source>
        <translation>
            <numerusform>用 %1 编码得到 %n 个字节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) are not valid in %1 and became the replacement character U+FFFD (�).</source>
        <translation>
            <numerusform>有 %n 个字节序列在 %1 中无效，已变成替换字符 U+FFFD（�）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No mojibake: these characters have the same bytes in %1 and %2.</source>
        <translation>没有乱码：这些字符在 %1 和 %2 中的字节相同。</translation>
    </message>
    <message>
        <source>%1 read every byte without complaint: mojibake looks like ordinary text, which is why it goes unnoticed.</source>
        <translation>%1 读取了每个字节而没有报错：乱码看起来就像普通文本，这正是它不易被察觉的原因。</translation>
    </message>
    <message>
        <source>Recovered: the original text came back, because every byte survived the trip through %1.</source>
        <translation>已还原：原文本回来了，因为每个字节在经过 %1 的往返后都完好无损。</translation>
    </message>
    <message>
        <source>Lost already in step 1: %1 cannot encode some of the characters, so they never became bytes.</source>
        <translation>在第 1 步就已丢失：%1 无法编码其中一些字符，所以它们根本没有变成字节。</translation>
    </message>
    <message>
        <source>Lost: the bytes %1 could not read became U+FFFD (�). The original bytes are gone, so the way back cannot restore them.</source>
        <translation>已丢失：%1 无法读取的字节变成了 U+FFFD（�）。原始字节已经不复存在，因此反向还原无法恢复它们。</translation>
    </message>
    <message>
        <source>Lost: %1 cannot encode some characters of the garbled text back into bytes.</source>
        <translation>已丢失：%1 无法把乱码文本中的某些字符重新编码为字节。</translation>
    </message>
    <message>
        <source>Lost: encoding the garbled text with %1 does not give the same bytes back.</source>
        <translation>已丢失：用 %1 编码乱码文本，得不到原来的字节。</translation>
    </message>
</context>
<context>
    <name>EndpointText</name>
    <message>
        <source>'%1': the port must be a number from 0 (any free port) to 65535.</source>
        <translation>'%1'：端口必须是 0（任意空闲端口）到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>'%1': the port must be a number from 1 to 65535.</source>
        <translation>'%1'：端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>an address and port are needed, such as 127.0.0.1:8888.</source>
        <translation>需要地址和端口，例如 127.0.0.1:8888。</translation>
    </message>
    <message>
        <source>a port is needed, such as 8888.</source>
        <translation>需要端口，例如 8888。</translation>
    </message>
    <message>
        <source>'%1': write an IPv6 address in brackets followed by the port, such as [::1]:8888.</source>
        <translation>'%1'：IPv6 地址要写在方括号中，后面跟端口，例如 [::1]:8888。</translation>
    </message>
    <message>
        <source>'%1': add the port after a colon, such as %1:8888.</source>
        <translation>'%1'：请在冒号后加上端口，例如 %1:8888。</translation>
    </message>
    <message>
        <source>'%1': an IPv6 address needs brackets before the port, such as [::1]:8888.</source>
        <translation>'%1'：IPv6 地址在端口前面要加方括号，例如 [::1]:8888。</translation>
    </message>
    <message>
        <source>'%1': the address before the colon is missing, such as 127.0.0.1:8888.</source>
        <translation>'%1'：冒号前缺少地址，正确写法如 127.0.0.1:8888。</translation>
    </message>
    <message>
        <source>'%1': a host name or address has no spaces.</source>
        <translation>'%1'：主机名或地址中不能有空格。</translation>
    </message>
</context>
<context>
    <name>ExamplePrograms</name>
    <message numerus="yes">
        <source>The payload has %n bytes; only the first %1 are written here.</source>
        <translation>
            <numerusform>数据共 %n 字节，这里只写出前 %1 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>NetLab TCP client: connect, send, wait for one reply, close.</source>
        <translation>NetLab TCP 客户端：连接，发送，等待一条回复，关闭。</translation>
    </message>
    <message>
        <source>NetLab TCP client: connect, send, close.</source>
        <translation>NetLab TCP 客户端：连接，发送，关闭。</translation>
    </message>
    <message>
        <source>socket(): a TCP socket for IPv4, or IPv6 when the host is an IPv6 address.</source>
        <translation>socket()：创建 IPv4 的 TCP 套接字；主机是 IPv6 地址时则使用 IPv6。</translation>
    </message>
    <message>
        <source>connect(): the three-way handshake with the server.</source>
        <translation>connect()：与服务器进行三次握手。</translation>
    </message>
    <message>
        <source>send(): sendall() repeats send() until every byte is out.</source>
        <translation>send()：sendall() 会反复调用 send()，直到所有字节都发送出去。</translation>
    </message>
    <message>
        <source>recv(): wait at most 10 seconds for the reply.</source>
        <translation>recv()：等待回复，最多等待 10 秒。</translation>
    </message>
    <message>
        <source>No reply within 10 seconds.</source>
        <translation>10 秒内没有收到回复。</translation>
    </message>
    <message>
        <source>close(): leaving the with block closes the socket.</source>
        <translation>close()：离开 with 块时套接字会自动关闭。</translation>
    </message>
    <message>
        <source>socket() and connect(): blocking calls, at most 5 seconds.</source>
        <translation>socket() 和 connect()：阻塞调用，最多等待 5 秒。</translation>
    </message>
    <message>
        <source>send()</source>
        <translation>send()</translation>
    </message>
    <message>
        <source>close(): a clean FIN, then wait for the server's side.</source>
        <translation>close()：先正常发出 FIN，再等待服务器一方也关闭。</translation>
    </message>
    <message>
        <source>NetLab TCP server: each client gets one reply, then the server closes the connection.</source>
        <translation>NetLab TCP 服务器：每个客户端得到一条回复，随后服务器关闭连接。</translation>
    </message>
    <message>
        <source>NetLab TCP server: one client at a time, answering commands; others wait in the backlog.</source>
        <translation>NetLab TCP 服务器：一次只服务一个客户端，回答它的命令；其他客户端在等待队列中等待。</translation>
    </message>
    <message>
        <source>NetLab TCP server: one thread per client, each with a blocking loop.</source>
        <translation>NetLab TCP 服务器：每个客户端一个线程，各自运行一个阻塞循环。</translation>
    </message>
    <message>
        <source>NetLab TCP server: one thread serves every client through an event loop.</source>
        <translation>NetLab TCP 服务器：一个线程通过事件循环为所有客户端服务。</translation>
    </message>
    <message>
        <source>An empty HOST means every local address; PORT 0 lets the system choose a free port.</source>
        <translation>HOST 为空表示所有本地地址；PORT 为 0 时由系统选择一个空闲端口。</translation>
    </message>
    <message>
        <source>{message}, {time} and {peer} are filled in for each reply.</source>
        <translation>每次回复时都会填入 {message}、{time} 和 {peer}。</translation>
    </message>
    <message>
        <source>Commands (compared ignoring case): word -&gt; (reply, close after replying)</source>
        <translation>命令（比较时不区分大小写）：命令词 -&gt; (回复, 回复后是否关闭)</translation>
    </message>
    <message>
        <source>The reply to one message: the line ending is cut off, and put back after the reply.
{message} goes in last, so braces in the message itself are never replaced.</source>
        <translation>对一条消息的回复：先去掉行尾的换行符，回复之后再把它加回去。
{message} 最后替换，因此消息本身中的花括号永远不会被替换。</translation>
    </message>
    <message>
        <source>Runs in its own thread: a blocking recv()/send() loop until the client closes.</source>
        <translation>在单独的线程中运行：阻塞的 recv()/send() 循环，直到客户端关闭连接。</translation>
    </message>
    <message>
        <source>socket(), bind() and listen(); SO_REUSEADDR allows a restart at once.</source>
        <translation>socket()、bind() 和 listen()；SO_REUSEADDR 使服务器可以立即重新启动。</translation>
    </message>
    <message>
        <source>accept() waits for the next client; recv() reads one message.</source>
        <translation>accept() 等待下一个客户端；recv() 读取一条消息。</translation>
    </message>
    <message>
        <source>accept() takes the next client from the backlog; the others wait.</source>
        <translation>accept() 从等待队列中取出下一个客户端；其他客户端继续等待。</translation>
    </message>
    <message>
        <source>select(): wait until the server or any client has something to read.</source>
        <translation>select()：等待，直到服务器或任何一个客户端有数据可读。</translation>
    </message>
    <message>
        <source>Commands, compared with the whole message ignoring case.</source>
        <translation>命令，与整条消息进行比较，不区分大小写。</translation>
    </message>
    <message>
        <source>Runs in its own thread: a blocking read/write loop until the client closes.</source>
        <translation>在单独的线程中运行：阻塞的读/写循环，直到客户端关闭连接。</translation>
    </message>
    <message>
        <source>accept() happens inside QTcpServer; each new socket descriptor gets a thread.</source>
        <translation>accept() 在 QTcpServer 内部完成；每个新的套接字描述符分配一个线程。</translation>
    </message>
    <message>
        <source>An empty address means every local address; port 0 lets the system choose a free port.</source>
        <translation>地址为空表示所有本地地址；端口为 0 时由系统选择一个空闲端口。</translation>
    </message>
    <message>
        <source>socket(), bind() and listen() in one call.</source>
        <translation>一次调用完成 socket()、bind() 和 listen()。</translation>
    </message>
    <message>
        <source>accept() waits for the next client; one message, one reply, close.</source>
        <translation>accept() 等待下一个客户端；一条消息，一条回复，然后关闭。</translation>
    </message>
    <message>
        <source>The event loop hands each new connection to incomingConnection().</source>
        <translation>事件循环把每个新连接交给 incomingConnection()。</translation>
    </message>
    <message>
        <source>No blocking calls: signals say when a client arrives, sends, or leaves.</source>
        <translation>没有阻塞调用：客户端到来、发送数据或离开时，由信号通知。</translation>
    </message>
    <message>
        <source>NetLab UDP sender: send one datagram, then wait 2 seconds for an answer.</source>
        <translation>NetLab UDP 发送方：发送一个数据报，然后等待 2 秒看是否有回复。</translation>
    </message>
    <message>
        <source>No answer within 2 seconds (UDP does not promise one).</source>
        <translation>2 秒内没有收到回复（UDP 并不保证一定有回复）。</translation>
    </message>
    <message>
        <source>socket(): a UDP socket; no connection is made.</source>
        <translation>socket()：创建 UDP 套接字；不建立连接。</translation>
    </message>
    <message>
        <source>bind(): send from this local address and port (0: any free port).</source>
        <translation>bind()：从这个本地地址和端口发送（0：任意空闲端口）。</translation>
    </message>
    <message>
        <source>sendto(): one datagram to HOST:PORT.</source>
        <translation>sendto()：向 HOST:PORT 发送一个数据报。</translation>
    </message>
    <message>
        <source>recvfrom(): the answer and who sent it.</source>
        <translation>recvfrom()：接收回复，并得到发送方的地址。</translation>
    </message>
    <message>
        <source>A name is looked up first (getaddrinfo()); an address is used as it is.</source>
        <translation>如果是主机名，先进行查询（getaddrinfo()）；如果是地址，则直接使用。</translation>
    </message>
    <message>
        <source>sendto(): one datagram to host:port.</source>
        <translation>sendto()：向 host:port 发送一个数据报。</translation>
    </message>
    <message>
        <source>NetLab UDP receiver: print every datagram; answer those that match a rule.</source>
        <translation>NetLab UDP 接收方：打印每个数据报；对与规则匹配的数据报进行回复。</translation>
    </message>
    <message>
        <source>Rules, first match wins: (how, pattern, ignore case, ignore line ending, encoding, reply)</source>
        <translation>规则，按顺序第一条匹配的生效：(匹配方式, 匹配内容, 忽略大小写, 忽略换行符, 编码, 回复)</translation>
    </message>
    <message>
        <source>socket() and bind(): datagrams sent to PORT arrive here.</source>
        <translation>socket() 和 bind()：发往 PORT 的数据报会到达这里。</translation>
    </message>
    <message>
        <source>recvfrom(): one whole datagram, and who sent it.</source>
        <translation>recvfrom()：接收一个完整的数据报，并得到发送方的地址。</translation>
    </message>
    <message>
        <source>Rules, first match wins.</source>
        <translation>规则，按顺序第一条匹配的生效。</translation>
    </message>
    <message>
        <source>socket() and bind(): datagrams sent to the port arrive here.</source>
        <translation>socket() 和 bind()：发往该端口的数据报会到达这里。</translation>
    </message>
    <message>
        <source>recvfrom(): wait for datagrams, one whole datagram at a time.</source>
        <translation>recvfrom()：等待数据报，每次接收一个完整的数据报。</translation>
    </message>
    <message>
        <source>NetLab broadcast sender: one datagram to every host on the local network.</source>
        <translation>NetLab 广播发送方：向本地网络中的每台主机发送一个数据报。</translation>
    </message>
    <message>
        <source>setsockopt(SO_BROADCAST): without it, sending to a broadcast address fails.</source>
        <translation>setsockopt(SO_BROADCAST)：不设置它，向广播地址发送会失败。</translation>
    </message>
    <message>
        <source>QUdpSocket sets SO_BROADCAST itself; sendto() one datagram.</source>
        <translation>QUdpSocket 会自行设置 SO_BROADCAST；用 sendto() 发送一个数据报。</translation>
    </message>
    <message>
        <source>NetLab broadcast receiver: print every datagram that arrives on the port.</source>
        <translation>NetLab 广播接收方：打印到达该端口的每个数据报。</translation>
    </message>
    <message>
        <source>SO_REUSEADDR lets several receivers on this computer share the port.</source>
        <translation>SO_REUSEADDR 允许本机上的多个接收方共享这个端口。</translation>
    </message>
    <message>
        <source>bind() to every address: broadcasts are not sent to this host's own address.</source>
        <translation>bind() 绑定到所有地址：广播数据报的目的地址并不是本机自己的地址。</translation>
    </message>
    <message>
        <source>bind() to every address, sharing the port with other receivers.</source>
        <translation>bind() 绑定到所有地址，与其他接收方共享端口。</translation>
    </message>
    <message>
        <source>NetLab multicast sender: one datagram to every member of the group.</source>
        <translation>NetLab 组播发送方：向组播组的每个成员发送一个数据报。</translation>
    </message>
    <message>
        <source>TTL: how many routers the datagram may cross (1: this network only).</source>
        <translation>TTL：数据报最多可以经过多少个路由器（1：仅限本网络）。</translation>
    </message>
    <message>
        <source>Loopback: whether receivers on this computer get the datagram too.</source>
        <translation>环回：本机上的接收方是否也能收到该数据报。</translation>
    </message>
    <message>
        <source>Send through the network interface that has this address.</source>
        <translation>通过具有这个地址的网络接口发送。</translation>
    </message>
    <message>
        <source>NetLab multicast receiver: join the group and print every datagram sent to it.</source>
        <translation>NetLab 组播接收方：加入组播组，并打印发往该组的每个数据报。</translation>
    </message>
    <message>
        <source>IP_ADD_MEMBERSHIP: join the group (IGMP) on the interface (0.0.0.0: the system chooses).</source>
        <translation>IP_ADD_MEMBERSHIP：在网络接口上加入组播组（IGMP）（0.0.0.0：由系统选择）。</translation>
    </message>
</context>
<context>
    <name>ExplainPane</name>
    <message>
        <source>Socket calls made, oldest first:</source>
        <translation>已执行的套接字调用（从早到晚）：</translation>
    </message>
    <message>
        <source>Forget the calls listed above</source>
        <translation>清空上面列出的调用</translation>
    </message>
    <message>
        <source>Clear calls</source>
        <translation>清空调用</translation>
    </message>
    <message>
        <source>The same program, ready to copy:</source>
        <translation>同一个程序，可直接复制：</translation>
    </message>
    <message>
        <source>Copy the program shown below to the clipboard</source>
        <translation>把下面显示的程序复制到剪贴板</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>C++/Qt</source>
        <translation>C++/Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n older call(s) not shown.</source>
        <extracomment>Under the Explain pane's call list when the oldest calls were removed to save memory.</extracomment>
        <translation>
            <numerusform>还有 %n 个较早的调用未显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostLookup</name>
    <message>
        <source>Type a host name such as www.google.com.</source>
        <translation>请输入主机名，如 www.google.com。</translation>
    </message>
    <message>
        <source>Spaces are not allowed in a host name (position %1).</source>
        <translation>主机名中不能有空格（第 %1 个字符）。</translation>
    </message>
    <message>
        <source>'%1' is an IP address, not a host name. To find the name of an address, look it up as it is (a reverse lookup) or ask for its PTR record.</source>
        <translation>'%1' 是 IP 地址，不是主机名。要查找某个地址对应的名称，请直接查询该地址（反向查询），或者查询它的 PTR 记录。</translation>
    </message>
    <message>
        <source>'%1' is not allowed in a host name (position %2). Use letters, digits, '-' and dots.</source>
        <translation>主机名中不允许出现 '%1'（第 %2 个字符）。请只使用字母、数字、'-' 和点。</translation>
    </message>
    <message>
        <source>'%1' is not a valid international domain name.</source>
        <translation>'%1' 不是有效的国际化域名。</translation>
    </message>
    <message>
        <source>'.' alone is the root of DNS, not a host name.</source>
        <translation>单独的 '.' 表示 DNS 的根，不是主机名。</translation>
    </message>
    <message>
        <source>The name is %1 characters long, but a host name can have at most 253.</source>
        <translation>该名称长 %1 个字符，但主机名最多只能有 253 个字符。</translation>
    </message>
    <message>
        <source>'%1' has an empty part: there are two dots in a row, or a dot at the start.</source>
        <translation>'%1' 中有空的部分：可能是连续写了两个点，或者开头多了一个点。</translation>
    </message>
    <message>
        <source>The part '%1' is %2 characters long, but each part between dots can have at most 63.</source>
        <translation>'%1' 这一部分长 %2 个字符，但两个点之间的每一部分最多只能有 63 个字符。</translation>
    </message>
    <message>
        <source>The part '%1' starts or ends with '-', which is not allowed.</source>
        <translation>'%1' 这一部分以 '-' 开头或结尾，这是不允许的。</translation>
    </message>
    <message>
        <source>The part '%1' would be %2 characters long in DNS form (xn--…), but each part between dots can have at most 63.</source>
        <translation>'%1' 这一部分转换为 DNS 形式（xn--…）后长 %2 个字符，但两个点之间的每一部分最多只能有 63 个字符。</translation>
    </message>
</context>
<context>
    <name>HostLookupFailure</name>
    <message>
        <source>The name server must be an IP address such as 8.8.8.8, or left empty to use this computer's DNS servers. %1</source>
        <translation>DNS 服务器必须是 IP 地址（如 8.8.8.8），或者留空以使用本机的 DNS 服务器。%1</translation>
    </message>
    <message>
        <source>%1 was not found: neither /etc/hosts nor any DNS server knows this name.</source>
        <translation>找不到 %1：/etc/hosts 和所有 DNS 服务器中都没有这个名称。</translation>
    </message>
    <message>
        <source>No name is registered for %1: the reverse lookup found no PTR record.</source>
        <translation>%1 没有登记任何名称：反向查询没有找到 PTR 记录。</translation>
    </message>
    <message>
        <source>No %1 record was found for %2.</source>
        <translation>没有找到 %2 的 %1 记录。</translation>
    </message>
    <message>
        <source>No DNS server answered for %1 within %2 s.</source>
        <translation>在 %2 s 内没有 DNS 服务器应答对 %1 的查询。</translation>
    </message>
    <message>
        <source>No DNS server answered for %1 within %2 ms.</source>
        <translation>在 %2 ms 内没有 DNS 服务器应答对 %1 的查询。</translation>
    </message>
    <message>
        <source>No DNS server answered for %1 within %2 s (asked %3 on port 53).</source>
        <translation>在 %2 s 内没有 DNS 服务器应答对 %1 的查询（已向 %3 的端口 53 发送查询）。</translation>
    </message>
    <message>
        <source>No DNS server answered for %1 within %2 ms (asked %3 on port 53).</source>
        <translation>在 %2 ms 内没有 DNS 服务器应答对 %1 的查询（已向 %3 的端口 53 发送查询）。</translation>
    </message>
    <message>
        <source>The name server %3 gave no usable answer for %1 (%2). Check that it is a DNS server and that this computer can reach it on port 53.</source>
        <translation>DNS 服务器 %3 没有对 %1 给出可用的应答（%2）。请检查它是否确实是 DNS 服务器，以及本机能否通过端口 53 访问它。</translation>
    </message>
    <message>
        <source>No DNS server gave a usable answer for %1 (%2). Check the network connection and the name servers in /etc/resolv.conf.</source>
        <translation>没有 DNS 服务器对 %1 给出可用的应答（%2）。请检查网络连接以及 /etc/resolv.conf 中配置的 DNS 服务器。</translation>
    </message>
    <message>
        <source>The DNS server could not answer for %1: %2.</source>
        <translation>DNS 服务器无法应答对 %1 的查询：%2。</translation>
    </message>
    <message>
        <source>Looking up %1 failed: %2.</source>
        <translation>查询 %1 失败：%2。</translation>
    </message>
</context>
<context>
    <name>HostTab</name>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>主机名：</translation>
    </message>
    <message>
        <source>Its name resolves to:</source>
        <translation>主机名解析为：</translation>
    </message>
    <message>
        <source>In /etc/hosts:</source>
        <translation>/etc/hosts 中：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the host name and the interfaces again</source>
        <translation>重新读取主机名和网络接口</translation>
    </message>
    <message>
        <source>In Python, socket.gethostname() gives the host name and socket.gethostbyname(hostname) the first IPv4 address it resolves to. Other machines reach this one at the address of an interface below, not at 127.x.x.x.</source>
        <translation>在 Python 中，socket.gethostname() 返回主机名，socket.gethostbyname(hostname) 返回该主机名解析得到的第一个 IPv4 地址。其他机器要通过下面某个网络接口的地址访问本机，而不是 127.x.x.x。</translation>
    </message>
    <message>
        <source>Interfaces (QNetworkInterface): each one with its state and its IPv4 and IPv6 addresses. Select rows and press Ctrl+C to copy them.</source>
        <translation>网络接口（QNetworkInterface）：列出每个接口的状态及其 IPv4 和 IPv6 地址。选中若干行后按 Ctrl+C 即可复制。</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation>子网掩码</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>广播地址</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Resolve a name</source>
        <translation>解析名称</translation>
    </message>
    <message>
        <source>Name or address (as a program's connect() sees it)</source>
        <translation>名称或地址（与程序调用 connect() 时看到的一致）</translation>
    </message>
    <message>
        <source>&amp;Name or address:</source>
        <translation>名称或地址(&amp;N)：</translation>
    </message>
    <message>
        <source>www.google.com, localhost or 8.8.8.8</source>
        <translation>www.google.com、localhost 或 8.8.8.8</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>查询(&amp;L)</translation>
    </message>
    <message>
        <source>A name gives all its A (IPv4) and AAAA (IPv6) addresses from the system resolver (/etc/hosts, then DNS), in the order a program's connect() tries them. An address gives the name registered for it (a reverse lookup). Qt remembers answers for a minute, so asking again can take 0 ms.</source>
        <translation>输入名称时，会通过系统解析器（先查 /etc/hosts，再查 DNS）列出它的所有 A（IPv4）和 AAAA（IPv6）地址，顺序与程序调用 connect() 时尝试的顺序相同。输入地址时，会给出为它登记的名称（反向查询）。Qt 会把查询结果缓存一分钟，所以再次查询可能只需 0 ms。</translation>
    </message>
    <message>
        <source>DNS records (QDnsLookup)</source>
        <translation>DNS 记录（QDnsLookup）</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Name &amp;server:</source>
        <translation>DNS 服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>this computer's</source>
        <translation>本机的 DNS 服务器</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>查询(&amp;Q)</translation>
    </message>
    <message>
        <source>Asks DNS for the records of one type. Leave the name server empty to use the ones in /etc/resolv.conf; a server you type (such as 8.8.8.8) is asked on port 53. For PTR you may type an IP address.</source>
        <translation>向 DNS 查询某一类型的记录。DNS 服务器留空时，使用 /etc/resolv.conf 中配置的服务器；如果填写了服务器（如 8.8.8.8），则向它的端口 53 发送查询。查询 PTR 记录时可以直接输入 IP 地址。</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>超时时间(&amp;G)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <translation>TTL (s)</translation>
    </message>
    <message>
        <source>Address inspector</source>
        <translation>地址分析</translation>
    </message>
    <message>
        <source>&amp;Address or network:</source>
        <translation>地址或网络(&amp;A)：</translation>
    </message>
    <message>
        <source>192.168.1.77/24 or 2001:db8::/32</source>
        <translation>192.168.1.77/24 或 2001:db8::/32</translation>
    </message>
    <message>
        <source>&amp;Examples:</source>
        <translation>示例(&amp;E)：</translation>
    </message>
    <message>
        <source>Choose one…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>含义：</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <source>Netmask:</source>
        <translation>子网掩码：</translation>
    </message>
    <message>
        <source>Broadcast:</source>
        <translation>广播地址：</translation>
    </message>
    <message>
        <source>First host:</source>
        <translation>第一个主机地址：</translation>
    </message>
    <message>
        <source>Last host:</source>
        <translation>最后一个主机地址：</translation>
    </message>
    <message>
        <source>Usable addresses:</source>
        <translation>可用地址数：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>A prefix such as /24 splits an address into the network (the first 24 bits) and the host part (the rest). In IPv4 the first address of a network names the network and the last is its broadcast address, so neither is given to a host, except in a /31 (a point-to-point link) and a /32 (one host). IPv6 has no broadcast: every address of the network can be used.</source>
        <translation>/24 这样的前缀把地址分成网络部分（前 24 位）和主机部分（其余各位）。在 IPv4 中，网络的第一个地址代表网络本身，最后一个地址是它的广播地址，所以这两个地址都不分配给主机；/31（点对点链路）和 /32（单个主机）除外。IPv6 没有广播：网络中的每个地址都可以使用。</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Port ranges</source>
        <translation>端口范围</translation>
    </message>
    <message>
        <source>Is this port free here?</source>
        <translation>这个端口在本机空闲吗？</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>地址(&amp;R)：</translation>
    </message>
    <message>
        <source>127.0.0.1, 0.0.0.0 or ::1</source>
        <translation>127.0.0.1、0.0.0.0 或 ::1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>Well-known services (built in, plus /etc/services)</source>
        <translation>知名服务（内置列表及 /etc/services）</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>name or port number, such as http or 443</source>
        <translation>名称或端口号，如 http 或 443</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>常用名</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>复制选中的行(&amp;C)</translation>
    </message>
    <message>
        <source>no line mentions %1</source>
        <translation>没有提到 %1 的行</translation>
    </message>
    <message>
        <source>looking up %1…</source>
        <translation>正在查询 %1…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Interface index %1, MTU %2 bytes</source>
        <translation>接口索引 %1，MTU %2 字节</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>无地址</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>正在查询 %1…</translation>
    </message>
    <message>
        <source>Cancelled: the lookup of %1 was stopped.</source>
        <translation>已取消：对 %1 的查询已停止。</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) for %1, found in %2 ms. A program's connect() tries them in this order.</source>
        <translation>
            <numerusform>%1 有 %n 个地址，用时 %2 ms 找到。程序调用 connect() 时会按此顺序逐个尝试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) for %1 (sent as %3), found in %2 ms. A program's connect() tries them in this order.</source>
        <translation>
            <numerusform>%1（实际发送的是 %3）有 %n 个地址，用时 %2 ms 找到。程序调用 connect() 时会按此顺序逐个尝试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is registered under the name %2 (found in %3 ms).</source>
        <translation>%1 登记的名称是 %2（用时 %3 ms 找到）。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) for %1, found in %2 ms.</source>
        <translation>
            <numerusform>%1 有 %n 条记录，用时 %2 ms 找到。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) for %1 from the name server %3, found in %2 ms.</source>
        <translation>
            <numerusform>DNS 服务器 %3 返回了 %1 的 %n 条记录，用时 %2 ms 找到。</numerusform>
        </translation>
    </message>
    <message>
        <source>IPv4 (32 bits)</source>
        <translation>IPv4（32 位）</translation>
    </message>
    <message>
        <source>IPv6 (128 bits)</source>
        <translation>IPv6（128 位）</translation>
    </message>
    <message>
        <source>Add a prefix length such as /24 to see the network.</source>
        <translation>加上前缀长度（如 /24）即可查看所在的网络。</translation>
    </message>
    <message>
        <source>none: IPv6 has no broadcast (it uses multicast)</source>
        <translation>无：IPv6 没有广播（改用组播）</translation>
    </message>
    <message>
        <source>none: a /31 link has no broadcast (RFC 3021)</source>
        <translation>无：/31 链路没有广播地址（RFC 3021）</translation>
    </message>
    <message>
        <source>none: a /32 is a single address</source>
        <translation>无：/32 只包含一个地址</translation>
    </message>
    <message>
        <source>You typed the broadcast address of this network: a datagram sent to it reaches every host on the network.</source>
        <translation>你输入的是该网络的广播地址：发往它的数据报会到达网络中的每一台主机。</translation>
    </message>
    <message>
        <source>You typed the network address itself: it names the whole network and is not given to a host.</source>
        <translation>你输入的是网络地址本身：它代表整个网络，不分配给任何主机。</translation>
    </message>
    <message>
        <source>A /31 is a point-to-point link between two routers: both addresses are hosts (RFC 3021).</source>
        <translation>/31 是两台路由器之间的点对点链路：两个地址都是主机地址（RFC 3021）。</translation>
    </message>
    <message>
        <source>A /%1 is one single address, as in a route to one host.</source>
        <translation>/%1 只表示一个地址，例如指向单台主机的路由。</translation>
    </message>
    <message>
        <source>/64 is the usual size of one IPv6 network: the last 64 bits identify the interface.</source>
        <translation>/64 是 IPv6 网络的常见大小：后 64 位用于标识网络接口。</translation>
    </message>
    <message>
        <source>%1; also in this machine's ephemeral range (%2–%3), where clients get their ports</source>
        <translation>%1；也在本机的临时端口范围（%2–%3）内，客户端的端口就从这里分配</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 shown</source>
        <translation>
            <numerusform>显示 %n 项，共 %1 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputFields</name>
    <message>
        <source>Port: type a number from 0 (any free port) to 65535.</source>
        <translation>端口：请输入 0（任意空闲端口）到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Port: type a number from 1 to 65535.</source>
        <translation>端口：请输入 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Port: "%1" is not a whole number. Use digits only: 0 (any free port) to 65535.</source>
        <translation>端口："%1" 不是整数。请只输入数字：0（任意空闲端口）到 65535。</translation>
    </message>
    <message>
        <source>Port: "%1" is not a whole number. Use digits only: 1 to 65535.</source>
        <translation>端口："%1" 不是整数。请只输入数字：1 到 65535。</translation>
    </message>
    <message>
        <source>Port: %1 is too large; port numbers go up to 65535.</source>
        <translation>端口：%1 太大；端口号最大为 65535。</translation>
    </message>
    <message>
        <source>Port: 0 cannot be a destination; use a port from 1 to 65535.</source>
        <translation>端口：0 不能作为目的端口；请使用 1 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>0.0.0.0 — all IPv4 interfaces (others can connect)</source>
        <translation>0.0.0.0 — 所有 IPv4 网络接口（其他计算机可以连接）</translation>
    </message>
    <message>
        <source>:: — all interfaces, IPv4 and IPv6 (others can connect)</source>
        <translation>:: — 所有网络接口，包括 IPv4 和 IPv6（其他计算机可以连接）</translation>
    </message>
    <message>
        <source>127.0.0.1 — this machine only</source>
        <translation>127.0.0.1 — 仅限本机</translation>
    </message>
    <message>
        <source>::1 — this machine only (IPv6)</source>
        <translation>::1 — 仅限本机（IPv6）</translation>
    </message>
    <message>
        <source>Listening on all interfaces: other computers on the network can connect to this server. Choose 127.0.0.1 unless that is what you want.</source>
        <translation>正在所有网络接口上监听：网络中的其他计算机可以连接到此服务器。除非你确实需要这样，否则请选择 127.0.0.1。</translation>
    </message>
</context>
<context>
    <name>LocalHostInfo</name>
    <message>
        <source>up</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>down</source>
        <translation>未启用</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>环回</translation>
    </message>
    <message>
        <source>point-to-point</source>
        <translation>点对点</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>组播</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between interface flags</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The name %1 does not resolve to any address here: it is neither in /etc/hosts nor known to a DNS server. Programs that call gethostbyname(hostname) fail on this machine.</source>
        <translation>名称 %1 在本机无法解析为任何地址：它既不在 /etc/hosts 中，DNS 服务器也不知道它。在本机上调用 gethostbyname(hostname) 的程序会失败。</translation>
    </message>
    <message>
        <source>Debian writes the line "127.0.1.1 %1" into /etc/hosts when it is installed, so that the machine's own name works even without a network. That is why gethostbyname(hostname) gives 127.0.1.1 here: a loopback address that only this machine can use. Other machines reach this one at an address of one of the interfaces listed below.</source>
        <translation>Debian 在安装时会向 /etc/hosts 写入一行 "127.0.1.1 %1"，这样即使没有网络，本机自己的名称也能使用。这就是 gethostbyname(hostname) 在这里返回 127.0.1.1 的原因：这是一个只有本机才能使用的环回地址。其他机器要通过下面列出的某个网络接口的地址访问本机。</translation>
    </message>
    <message>
        <source>/etc/hosts maps %1 to a loopback address ("%2"), so the name works without a network, but gethostbyname(hostname) gives an address that only this machine can use. Other machines reach this one at an address of one of the interfaces listed below.</source>
        <translation>/etc/hosts 把 %1 映射到环回地址（"%2"），所以没有网络时该名称也能使用，但 gethostbyname(hostname) 返回的是一个只有本机才能使用的地址。其他机器要通过下面列出的某个网络接口的地址访问本机。</translation>
    </message>
    <message>
        <source>%1 resolves to a loopback address, which only this machine can use. Other machines reach this one at an address of one of the interfaces listed below.</source>
        <translation>%1 解析为环回地址，只有本机才能使用。其他机器要通过下面列出的某个网络接口的地址访问本机。</translation>
    </message>
    <message>
        <source>%1 resolves to an address of one of this machine's interfaces, so other machines on the same network can usually reach it under that address.</source>
        <translation>%1 解析为本机某个网络接口的地址，因此同一网络中的其他机器通常可以通过该地址访问本机。</translation>
    </message>
    <message>
        <source>%1 resolves to an address that none of this machine's interfaces has: the entry in /etc/hosts or DNS may be out of date.</source>
        <translation>%1 解析得到的地址不属于本机的任何网络接口：/etc/hosts 或 DNS 中的记录可能已经过时。</translation>
    </message>
</context>
<context>
    <name>LockDemo</name>
    <message>
        <source>A lock exercise is still running. Wait for it to finish or cancel it first.</source>
        <translation>锁练习仍在运行。请等待它结束，或先取消它。</translation>
    </message>
    <message>
        <source>The number of threads must be between 1 and %1; it is %2.</source>
        <translation>线程数必须在 1 到 %1 之间，当前为 %2。</translation>
    </message>
    <message>
        <source>The increments per thread must be between 1 and %1; it is %2.</source>
        <translation>每个线程的自增次数必须在 1 到 %1 之间，当前为 %2。</translation>
    </message>
    <message>
        <source>The contention view needs a lock: choose QMutex or std::mutex.</source>
        <translation>锁竞争视图需要一把锁：请选择 QMutex 或 std::mutex。</translation>
    </message>
    <message>
        <source>The contention view needs between 2 and 16 threads; it has %1.</source>
        <translation>锁竞争视图需要 2 到 16 个线程，当前为 %1 个。</translation>
    </message>
    <message>
        <source>The rounds per thread must be between 1 and 1000; it is %1.</source>
        <translation>每个线程的轮数必须在 1 到 1000 之间，当前为 %1。</translation>
    </message>
    <message>
        <source>The time a thread holds the lock must be between 0 and 1000000 µs; it is %1.</source>
        <translation>线程持有锁的时间必须在 0 到 1000000 µs 之间，当前为 %1。</translation>
    </message>
    <message>
        <source>The lock timeout must be between 10 and 10000 milliseconds; it is %1.</source>
        <translation>等待锁的超时必须在 10 到 10000 毫秒之间，当前为 %1。</translation>
    </message>
    <message>
        <source>Deadlock: thread A holds lock 1 and waits for lock 2, while thread B holds lock 2 and waits for lock 1, so neither can go on. Each waited %1 ms (a timed tryLock), gave up, and released the lock it held.</source>
        <translation>死锁：线程 A 持有锁 1 并等待锁 2，而线程 B 持有锁 2 并等待锁 1，因此谁都无法继续。每个线程都等待了 %1 ms（带超时的 tryLock），然后放弃，并释放了自己持有的锁。</translation>
    </message>
    <message>
        <source>A thread waited more than %1 ms for a lock although both take the locks in the same order: the machine is very busy. Try a longer timeout.</source>
        <translation>虽然两个线程按相同顺序获取锁，仍有一个线程等待锁超过了 %1 ms：本机非常繁忙。请试试更长的超时。</translation>
    </message>
    <message>
        <source>No deadlock: both threads take lock 1 before lock 2, so whoever gets lock 1 also gets lock 2, and the other thread only waits its turn.</source>
        <translation>没有死锁：两个线程都先获取锁 1 再获取锁 2，所以谁拿到锁 1，谁也就能拿到锁 2，另一个线程只需等待轮到自己。</translation>
    </message>
    <message>
        <source>No deadlock this time: one thread got both locks before the other took its first one. Taking locks in opposite orders can still deadlock on another run.</source>
        <translation>这次没有死锁：一个线程在另一个线程拿到第一把锁之前就拿到了两把锁。按相反顺序获取锁，在下一次运行时仍可能发生死锁。</translation>
    </message>
    <message>
        <source>no lock</source>
        <translation>不加锁</translation>
    </message>
    <message>
        <source>QMutex</source>
        <translation>QMutex</translation>
    </message>
    <message>
        <source>std::mutex</source>
        <translation>std::mutex</translation>
    </message>
    <message>
        <source>atomic fetch_add</source>
        <translation>原子操作 fetch_add</translation>
    </message>
    <message>
        <source>Each increment reads the counter, lets other threads run, then writes the value it read plus one. Another thread's increments in between are overwritten: updates are lost. With 8 threads most of them are lost.</source>
        <translation>每次自增都先读取计数器，让其他线程运行一会儿，再写回读到的值加 1。这期间其他线程的自增会被覆盖：更新丢失了。用 8 个线程时，大部分更新都会丢失。</translation>
    </message>
    <message>
        <source>A QMutex lets one thread at a time read, add and write. No update is lost; each increment pays for taking and releasing the lock.</source>
        <translation>QMutex 保证每次只有一个线程读取、加 1 并写回。不会丢失更新；代价是每次自增都要加锁和解锁。</translation>
    </message>
    <message>
        <source>A std::mutex lets one thread at a time read, add and write. No update is lost; each increment pays for taking and releasing the lock.</source>
        <translation>std::mutex 保证每次只有一个线程读取、加 1 并写回。不会丢失更新；代价是每次自增都要加锁和解锁。</translation>
    </message>
    <message>
        <source>fetch_add reads, adds and writes in one indivisible processor instruction. No update is lost and no lock is needed.</source>
        <translation>fetch_add 用一条不可分割的处理器指令完成读取、加 1 和写回。不会丢失更新，也不需要锁。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About NetLab</source>
        <translation>关于 NetLab(&amp;A)</translation>
    </message>
    <message>
        <source>About NetLab</source>
        <translation>关于 NetLab</translation>
    </message>
    <message>
        <source>NetLab %1

A lab for learning network programming: look up hosts, compare encodings, run TCP and UDP clients and servers, and see every byte they send and receive.</source>
        <translation>NetLab %1

一个学习网络编程的实验环境：查询主机、比较编码、运行 TCP 和 UDP 客户端与服务器，并查看它们发送和接收的每一个字节。</translation>
    </message>
    <message>
        <source>No transcript (start with --transcript FILE to keep one)</source>
        <translation>未保存记录文件（启动时加上 --transcript FILE 即可保存）</translation>
    </message>
    <message>
        <source>Transcript: %1</source>
        <translation>记录文件：%1</translation>
    </message>
</context>
<context>
    <name>MapJob</name>
    <message>
        <source>There is nothing to compute: give at least one number n.</source>
        <translation>没有可计算的内容：请至少给出一个数 n。</translation>
    </message>
    <message>
        <source>At most %1 numbers can be computed at once; there are %2.</source>
        <translation>一次最多只能计算 %1 个数，当前有 %2 个。</translation>
    </message>
    <message>
        <source>Number %1 (%2) is too large: n may be at most %3.</source>
        <translation>第 %1 个数（%2）太大：n 最大为 %3。</translation>
    </message>
    <message>
        <source>The number of workers must be between 1 and %1; it is %2.</source>
        <translation>工作线程或工作进程的数量必须在 1 到 %1 之间，当前为 %2。</translation>
    </message>
    <message>
        <source>The map job is still running. Wait for it to finish or cancel it first.</source>
        <translation>Map 任务仍在运行。请等待它结束，或先取消它。</translation>
    </message>
    <message>
        <source>Duration %1 seconds</source>
        <comment>the classic Python program's last line</comment>
        <translation>耗时 %1 秒</translation>
    </message>
    <message>
        <source>Expected a line "index n" with n at most %1, got "%2".</source>
        <translation>应为一行 "index n"，且 n 不超过 %1，实际收到的是 "%2"。</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <extracomment>The classic Python program prints print(f"计算结果: {results}") (a Python list).</extracomment>
        <translation>计算结果: %1</translation>
    </message>
</context>
<context>
    <name>MapProcessJob</name>
    <message>
        <source>No worker program is set, so no worker process can be started.</source>
        <translation>没有设置工作程序，因此无法启动工作进程。</translation>
    </message>
    <message>
        <source>Could not start the worker program %1: %2</source>
        <translation>无法启动工作程序 %1：%2</translation>
    </message>
    <message>
        <source>Worker process %1 refused its input: %2</source>
        <translation>工作进程 %1 拒绝了它的输入：%2</translation>
    </message>
    <message>
        <source>Worker process %1 answered something that is not a result: "%2"</source>
        <translation>工作进程 %1 返回的内容不是计算结果："%2"</translation>
    </message>
    <message>
        <source>Worker process %1 stopped unexpectedly (exit code %2).</source>
        <translation>工作进程 %1 意外终止（退出码 %2）。</translation>
    </message>
</context>
<context>
    <name>PayloadParser</name>
    <message>
        <source>invalid hex digit %1 at column %2: use 0-9 and a-f</source>
        <translation>第 %2 列有无效的十六进制数字 %1：请使用 0-9 和 a-f</translation>
    </message>
    <message>
        <source>'%1' at column %2 has no hex digits after it</source>
        <translation>第 %2 列的 '%1' 后面没有十六进制数字</translation>
    </message>
    <message>
        <source>odd number of hex digits in '%1' at column %2: every byte needs two digits</source>
        <translation>第 %2 列的 '%1' 中十六进制数字的个数为奇数：每个字节需要两位数字</translation>
    </message>
    <message>
        <source>the encoding '%1' is not available here</source>
        <translation>编码 '%1' 在这里不可用</translation>
    </message>
    <message>
        <source>%1 at column %2 cannot be written in %3; choose an encoding that has it, such as UTF-8</source>
        <translation>第 %2 列的 %1 无法用 %3 表示；请选择包含该字符的编码，例如 UTF-8</translation>
    </message>
    <message>
        <source>a lone backslash at column %1 ends the text: write \\ for a backslash</source>
        <translation>第 %1 列的单个反斜杠使文本在此结束：要表示反斜杠本身，请写 \\</translation>
    </message>
    <message>
        <source>\x at column %1 needs two hex digits, as in \x0a</source>
        <translation>第 %1 列的 \x 后面需要两位十六进制数字，例如 \x0a</translation>
    </message>
    <message>
        <source>\u at column %1 needs four hex digits, as in \u4f60</source>
        <translation>第 %1 列的 \u 后面需要四位十六进制数字，例如 \u4f60</translation>
    </message>
    <message>
        <source>unknown escape \%1 at column %2: use \n \r \t \\ \0 \xNN or \uNNNN</source>
        <translation>第 %2 列有未知的转义序列 \%1：请使用 \n \r \t \\ \0 \xNN 或 \uNNNN</translation>
    </message>
</context>
<context>
    <name>PcapngLiveWriter</name>
    <message>
        <source>Cannot write the capture file %1: %2</source>
        <translation>无法写入抓包文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write to the capture file %1: %2. NetLab keeps trying with the next events.</source>
        <translation>无法写入抓包文件 %1：%2。NetLab 会继续尝试写入后续事件。</translation>
    </message>
</context>
<context>
    <name>PcapngReader</name>
    <message>
        <source>Not a valid NetLab pcapng file: at byte %1: %2</source>
        <translation>不是有效的 NetLab pcapng 文件：在字节偏移 %1 处：%2</translation>
    </message>
    <message>
        <source>padding byte at %1 is not zero</source>
        <translation>位于 %1 的填充字节不为零</translation>
    </message>
    <message>
        <source>an option header is cut off by the end of its block</source>
        <translation>选项头被所在块的末尾截断了</translation>
    </message>
    <message>
        <source>the end-of-options marker has a length</source>
        <translation>选项结束标记的长度不为零</translation>
    </message>
    <message>
        <source>data follows the end-of-options marker</source>
        <translation>选项结束标记之后还有数据</translation>
    </message>
    <message>
        <source>option %1 is longer than its block</source>
        <translation>选项 %1 超出了所在块的长度</translation>
    </message>
    <message>
        <source>the section header block is too short</source>
        <translation>节头块太短</translation>
    </message>
    <message>
        <source>pcapng version %1.%2 is not 1.0</source>
        <translation>pcapng 版本 %1.%2 不是 1.0</translation>
    </message>
    <message>
        <source>the interface description block is too short</source>
        <translation>接口描述块太短</translation>
    </message>
    <message>
        <source>link type %1 is not 101 (raw IP packets)</source>
        <translation>链路类型 %1 不是 101（原始 IP 数据包）</translation>
    </message>
    <message>
        <source>if_tsresol is not one byte long</source>
        <translation>if_tsresol 的长度不是 1 个字节</translation>
    </message>
    <message>
        <source>the time resolution is %1, not 9 (nanoseconds)</source>
        <translation>时间戳精度是 %1，而不是 9（纳秒）</translation>
    </message>
    <message>
        <source>the interface has no if_tsresol option (NetLab writes nanoseconds)</source>
        <translation>接口没有 if_tsresol 选项（NetLab 写入的是纳秒时间戳）</translation>
    </message>
    <message>
        <source>the packet block is too short</source>
        <translation>数据包块太短</translation>
    </message>
    <message>
        <source>the packet names interface %1, which was not described before it</source>
        <translation>数据包引用了接口 %1，但在它之前没有该接口的描述</translation>
    </message>
    <message>
        <source>the time stamp is out of range</source>
        <translation>时间戳超出范围</translation>
    </message>
    <message>
        <source>the packet (%1 bytes) is longer than its block</source>
        <translation>数据包（%1 字节）超出了所在块的长度</translation>
    </message>
    <message>
        <source>the packet's original length is less than its captured length</source>
        <translation>数据包的原始长度小于捕获长度</translation>
    </message>
    <message>
        <source>the packet comment is not UTF-8</source>
        <translation>数据包注释不是 UTF-8 编码</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file ends in the middle of a block</source>
        <translation>文件在一个块的中间就结束了</translation>
    </message>
    <message>
        <source>the byte-order magic is wrong</source>
        <translation>字节序魔数不正确</translation>
    </message>
    <message>
        <source>the file does not start with a section header block</source>
        <translation>文件不是以节头块开头的</translation>
    </message>
    <message>
        <source>block length %1 is not a multiple of 4 of at least 12</source>
        <translation>块长度 %1 不是不小于 12 的 4 的倍数</translation>
    </message>
    <message>
        <source>the block (%1 bytes) goes past the end of the file</source>
        <translation>块（%1 字节）超出了文件末尾</translation>
    </message>
    <message>
        <source>the block's two length fields differ</source>
        <translation>块的两个长度字段不一致</translation>
    </message>
</context>
<context>
    <name>PortInfo</name>
    <message>
        <source>File transfer (FTP): the control connection.</source>
        <translation>文件传输（FTP）：控制连接。</translation>
    </message>
    <message>
        <source>Secure remote login and file copy (SSH, scp, sftp).</source>
        <translation>安全远程登录和文件复制（SSH、scp、sftp）。</translation>
    </message>
    <message>
        <source>Mail servers pass e-mail to each other (SMTP).</source>
        <translation>邮件服务器之间相互传递电子邮件（SMTP）。</translation>
    </message>
    <message>
        <source>DNS over TCP: large answers and zone transfers.</source>
        <translation>基于 TCP 的 DNS：用于较大的应答和区域传送。</translation>
    </message>
    <message>
        <source>DNS: names are looked up here, one UDP datagram each way.</source>
        <translation>DNS：在这里查询名称，请求和应答各用一个 UDP 数据报。</translation>
    </message>
    <message>
        <source>Web pages without encryption (HTTP).</source>
        <translation>不加密的网页（HTTP）。</translation>
    </message>
    <message>
        <source>Web pages over TLS encryption (HTTPS).</source>
        <translation>经 TLS 加密的网页（HTTPS）。</translation>
    </message>
    <message>
        <source>well-known (0–1023)</source>
        <translation>知名端口（0–1023）</translation>
    </message>
    <message>
        <source>registered (1024–49151)</source>
        <translation>注册端口（1024–49151）</translation>
    </message>
    <message>
        <source>dynamic/private (49152–65535)</source>
        <translation>动态/私有端口（49152–65535）</translation>
    </message>
    <message>
        <source>Ports 0–1023 are the well-known ports of system services such as HTTP (80) and SSH (22). On Linux only root may listen on them.</source>
        <translation>端口 0–1023 是知名端口，供 HTTP（80）、SSH（22）等系统服务使用。在 Linux 上只有 root 才能在这些端口上监听。</translation>
    </message>
    <message>
        <source>Ports 1024–49151 are registered with IANA for applications (MySQL uses 3306, for example). Any user may listen on them; pick one here for your own servers.</source>
        <translation>端口 1024–49151 是在 IANA 登记给应用程序使用的注册端口（例如 MySQL 使用 3306）。任何用户都可以在这些端口上监听；你自己编写的服务器请从这个范围中选择端口。</translation>
    </message>
    <message>
        <source>Ports 49152–65535 are dynamic or private: never registered, meant for temporary use such as the client side of a connection.</source>
        <translation>端口 49152–65535 是动态/私有端口：从不登记，供临时使用，例如用作连接中客户端一侧的端口。</translation>
    </message>
    <message>
        <source>This system does not say which ports it uses for client connections (/proc/sys/net/ipv4/ip_local_port_range cannot be read).</source>
        <translation>无法得知本系统为客户端连接使用哪些端口（无法读取 /proc/sys/net/ipv4/ip_local_port_range）。</translation>
    </message>
    <message>
        <source>This machine's ephemeral range is %1–%2 (from /proc/sys/net/ipv4/ip_local_port_range). When a client connects without choosing its own port, the operating system picks a free port from this range for it. A server should listen on a port outside it, or a client may get there first.</source>
        <translation>本机的临时端口范围是 %1–%2（来自 /proc/sys/net/ipv4/ip_local_port_range）。客户端发起连接时如果没有自己指定端口，操作系统就会从这个范围中为它挑选一个空闲端口。服务器应在这个范围之外的端口上监听，否则端口可能先被某个客户端占用。</translation>
    </message>
    <message>
        <source>%1 port %2 is free on %3: a server could listen on it now.</source>
        <translation>%3 上的 %1 端口 %2 空闲：现在可以让服务器在这个端口上监听。</translation>
    </message>
    <message>
        <source>%1 port %2 on %3 is in use: another socket holds it. To see which program, run: %4 (as root to see every user's programs).</source>
        <translation>%3 上的 %1 端口 %2 已被占用：另一个套接字正在使用它。要查看是哪个程序，请运行：%4（以 root 身份运行可以看到所有用户的程序）。</translation>
    </message>
    <message>
        <source>%1 port %2 needs root: on this machine ports below %3 are reserved for system services. Choose %3 or above, such as 8888.</source>
        <translation>%1 端口 %2 需要 root 权限：在本机上，%3 以下的端口保留给系统服务使用。请选择 %3 或更大的端口，如 8888。</translation>
    </message>
    <message>
        <source>%1: %2 is not an address of this machine, so no program here can use it. A program can only bind to its own addresses (see "This machine"), to 0.0.0.0 or to ::.</source>
        <translation>%1：%2 不是本机的地址，所以本机上的程序都无法使用它。程序只能绑定到本机自己的地址（见“本机”页）、0.0.0.0 或 ::。</translation>
    </message>
    <message>
        <source>%1 port %2 on %3 could not be opened: %4.</source>
        <translation>无法打开 %3 上的 %1 端口 %2：%4。</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine, so no program here can use it. A program can only bind to its own addresses (see "This machine"), to 0.0.0.0 or to ::.</source>
        <translation>%1 不是本机的地址，所以本机上的程序都无法使用它。程序只能绑定到本机自己的地址（见“本机”页）、0.0.0.0 或 ::。</translation>
    </message>
    <message>
        <source>TCP and UDP ports are separate: one TCP program and one UDP program can use the same number at the same time.</source>
        <translation>TCP 端口和 UDP 端口相互独立：一个 TCP 程序和一个 UDP 程序可以同时使用同一个端口号。</translation>
    </message>
</context>
<context>
    <name>SocketCallModel</name>
    <message>
        <source>Time</source>
        <extracomment>Explain pane column: when the socket call was made.</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>Explain pane column: the socket call with its arguments, e.g. bind(127.0.0.1:8888).</extracomment>
        <translation>调用</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Explain pane column: what the call returned (a value or an errno name).</extracomment>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>SocketErrors</name>
    <message>
        <source>this address</source>
        <translation>该地址</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>Nothing is listening on %1 — is the receiver started? (the other computer answered with "port unreachable")</source>
        <translation>%1 上没有程序在监听——接收方启动了吗？（对方计算机回复了“端口不可达”）</translation>
    </message>
    <message>
        <source>Nothing is listening on %1 — is the server started? (connection refused: the other side answered with a reset)</source>
        <translation>%1 上没有程序在监听——服务器启动了吗？（连接被拒绝：对端回复了重置）</translation>
    </message>
    <message>
        <source>The other program (%1) closed the connection, so nothing more can be sent on it.</source>
        <translation>对端程序（%1）已关闭连接，因此不能再通过这个连接发送任何数据。</translation>
    </message>
    <message>
        <source>No host was given: type a name such as example.com or an address such as 127.0.0.1.</source>
        <translation>未指定主机：请输入主机名（如 example.com）或地址（如 127.0.0.1）。</translation>
    </message>
    <message>
        <source>No address was found for the name '%1': check the spelling, or the DNS settings.</source>
        <translation>找不到名称 '%1' 对应的地址：请检查拼写或 DNS 设置。</translation>
    </message>
    <message>
        <source>Port %1 is below 1024, and only the administrator (root) may use such ports: listening on it needs root. Choose a port from 1024 to 65535.</source>
        <translation>端口 %1 小于 1024，只有管理员（root）才能使用这类端口：在它上面监听需要 root 权限。请选择 1024 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>The operating system did not allow this on %1 (permission denied). Sending to a broadcast address needs the SO_BROADCAST option; a firewall rule may also block it.</source>
        <translation>操作系统不允许在 %1 上执行此操作（权限被拒绝）。向广播地址发送数据需要设置 SO_BROADCAST 选项；防火墙规则也可能阻止这一操作。</translation>
    </message>
    <message>
        <source>The operating system did not allow this on %1 (permission denied): a firewall rule or missing rights may be the cause.</source>
        <translation>操作系统不允许在 %1 上执行此操作（权限被拒绝）：原因可能是防火墙规则，也可能是缺少相应的权限。</translation>
    </message>
    <message>
        <source>The computer has run out of resources for sockets (too many open connections or files, or no memory left). Close some connections and try again.</source>
        <translation>本机用于套接字的资源已经耗尽（打开的连接或文件过多，或者内存不足）。请关闭一些连接后重试。</translation>
    </message>
    <message>
        <source>No answer came from %1 in time (timed out).</source>
        <translation>%1 没有及时应答（超时）。</translation>
    </message>
    <message>
        <source>%1 did not answer in time (timed out): the computer may be switched off, or a firewall may silently drop the connection.</source>
        <translation>%1 没有及时应答（超时）：对方计算机可能已关机，或者防火墙悄悄丢弃了连接请求。</translation>
    </message>
    <message>
        <source>The datagram is too large: one UDP datagram can carry at most %L1 bytes over IPv4 and %L2 bytes over IPv6. Send less, or split the data into several datagrams.</source>
        <translation>数据报过大：一个 UDP 数据报在 IPv4 上最多只能携带 %L1 字节，在 IPv6 上最多 %L2 字节。请减少发送的数据量，或者把数据拆分成多个数据报。</translation>
    </message>
    <message>
        <source>The network could not reach %1: there is no route to it, the network is down, or it did not answer. Check the address and this computer's network connection.</source>
        <translation>网络无法到达 %1：没有通往它的路由、网络已断开，或者它没有应答。请检查地址以及本机的网络连接。</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Find it with: %2</source>
        <translation>端口 %1 已被另一个程序占用。可以用以下命令找出该程序：%2</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program. Find it with: %3</source>
        <translation>%2 上的端口 %1 已被另一个程序占用。可以用以下命令找出该程序：%3</translation>
    </message>
    <message>
        <source>The local address for %1 is already in use by another socket.</source>
        <translation>用于 %1 的本地地址已被另一个套接字占用。</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine, so nothing can listen on it. Use 0.0.0.0 (every address), 127.0.0.1, or one of this computer's own addresses (see the Host &amp; IP tab).</source>
        <translation>%1 不是本机的地址，因此无法在它上面监听。请使用 0.0.0.0（所有地址）、127.0.0.1 或本机自己的某个地址（见“主机与 IP”选项卡）。</translation>
    </message>
    <message>
        <source>No local address or port was available to reach %1 (all local ports may be in use).</source>
        <translation>没有可用的本地地址或端口来访问 %1（可能所有本地端口都已被占用）。</translation>
    </message>
    <message>
        <source>This operation is not supported for %1: for example IPv6 on a computer without IPv6, or an IPv4 socket used with an IPv6 address.</source>
        <translation>对于 %1 不支持此操作：例如在不支持 IPv6 的计算机上使用 IPv6，或者把 IPv4 套接字用于 IPv6 地址。</translation>
    </message>
    <message>
        <source>The previous operation on this socket has not finished yet: wait for it, then try again.</source>
        <translation>此套接字上的上一个操作尚未完成：请等待它完成后再试。</translation>
    </message>
    <message>
        <source>The proxy server failed while connecting to %1. These exercises need no proxy: check the proxy settings of this computer.</source>
        <translation>通过代理服务器连接 %1 时失败。这些练习不需要代理：请检查本机的代理设置。</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to %1 failed.</source>
        <translation>与 %1 的加密（TLS）连接失败。</translation>
    </message>
    <message>
        <source>This is not possible in the socket's current state (for example sending before the connection is established).</source>
        <translation>在套接字的当前状态下无法执行此操作（例如在连接建立之前就发送数据）。</translation>
    </message>
    <message>
        <source>The operating system could not do this right now (try again in a moment).</source>
        <translation>操作系统暂时无法执行此操作（请稍后再试）。</translation>
    </message>
    <message>
        <source>Something went wrong with %1, and the operating system gave no details (unknown error).</source>
        <translation>处理 %1 时出错，但操作系统没有给出任何详细信息（未知错误）。</translation>
    </message>
    <message>
        <source>The other program (%1) closed the connection abruptly (reset): it may have crashed, been stopped, or closed its socket without reading everything that was sent to it.</source>
        <translation>对端程序（%1）突然关闭了连接（连接被重置）：它可能已经崩溃或被终止，或者在没有读完发给它的全部数据时就关闭了套接字。</translation>
    </message>
</context>
<context>
    <name>StepRace</name>
    <message>
        <source>%1 takes the lock</source>
        <translation>%1 获取锁</translation>
    </message>
    <message>
        <source>%1 reads counter → %2</source>
        <translation>%1 读取计数器 → %2</translation>
    </message>
    <message>
        <source>%1 adds 1 in its own register → %2</source>
        <translation>%1 在自己的寄存器中加 1 → %2</translation>
    </message>
    <message>
        <source>%1 writes %2 to counter, overwriting %3 written by the other thread: an update is lost</source>
        <translation>%1 把 %2 写入计数器，覆盖了另一个线程写入的 %3：丢失了一次更新</translation>
    </message>
    <message>
        <source>%1 writes %2 to counter</source>
        <translation>%1 把 %2 写入计数器</translation>
    </message>
    <message>
        <source>%1 releases the lock</source>
        <translation>%1 释放锁</translation>
    </message>
    <message>
        <source>Thread A</source>
        <translation>线程 A</translation>
    </message>
    <message>
        <source>Thread B</source>
        <translation>线程 B</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>加锁</translation>
    </message>
    <message>
        <source>read counter</source>
        <translation>读取计数器</translation>
    </message>
    <message>
        <source>add 1</source>
        <translation>加 1</translation>
    </message>
    <message>
        <source>write counter</source>
        <translation>写入计数器</translation>
    </message>
    <message>
        <source>unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>TcpClientEngine</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Looking up the name</source>
        <translation>正在解析名称</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Half-closed (we stopped sending)</source>
        <translation>半关闭（本端已停止发送）</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Half-close: shutdown(SHUT_WR) sends a FIN after the queued data, so the other side reads end-of-file, while we can still receive until it closes too.</source>
        <translation>半关闭：shutdown(SHUT_WR) 会在排队的数据之后发送一个 FIN，于是对端读到文件结束（EOF），而本端仍可继续接收数据，直到对端也关闭连接。</translation>
    </message>
    <message>
        <source>Close: the queued data is still delivered, then a FIN tells the other side that we have finished; this is the normal way to end a connection.</source>
        <translation>关闭：排队的数据仍会送达，随后用一个 FIN 告诉对端本端已经发送完毕；这是结束连接的正常方式（正常关闭）。</translation>
    </message>
    <message>
        <source>Abort: with SO_LINGER set to {1, 0}, close() sends a reset (RST) at once and throws away any data not yet sent; the other side sees "connection reset".</source>
        <translation>中止：把 SO_LINGER 设为 {1, 0} 后，close() 会立即发送重置（RST），并丢弃所有尚未发送的数据；对端会看到“connection reset”（连接被重置）。</translation>
    </message>
    <message>
        <source>Type the server's host name or IP address, for example 127.0.0.1 or localhost.</source>
        <translation>请输入服务器的主机名或 IP 地址，例如 127.0.0.1 或 localhost。</translation>
    </message>
    <message>
        <source>Port 0 cannot be connected to: type the server's port, a number from 1 to 65535 (for example 8888).</source>
        <translation>不能连接到端口 0：请输入服务器的端口，即 1 到 65535 之间的数字（例如 8888）。</translation>
    </message>
    <message>
        <source>'%1' is not a valid IP address: %2</source>
        <translation>'%1' 不是有效的 IP 地址：%2</translation>
    </message>
    <message>
        <source>'%1' is not a valid host name: %2</source>
        <translation>'%1' 不是有效的主机名：%2</translation>
    </message>
    <message>
        <source>A connection to %1 is already open or being set up: close it first.</source>
        <translation>到 %1 的连接已经打开或正在建立：请先关闭它。</translation>
    </message>
    <message>
        <source>We aborted the connection: a reset (RST) was sent and data not yet sent was dropped.</source>
        <translation>本端中止了连接：已发送重置（RST），尚未发送的数据已被丢弃。</translation>
    </message>
    <message>
        <source>We shut down sending first (half-close); then the other side closed too.</source>
        <translation>本端先关闭了发送方向（半关闭），随后对端也关闭了连接。</translation>
    </message>
    <message>
        <source>We closed the connection first (FIN sent).</source>
        <translation>本端先关闭了连接（已发送 FIN）。</translation>
    </message>
    <message>
        <source>The other side closed the connection first (FIN received); then our side closed too.</source>
        <translation>对端先关闭了连接（收到 FIN），随后本端也关闭了连接。</translation>
    </message>
    <message>
        <source>The connection ended before the whole file was sent (%1 of %2 bytes).</source>
        <translation>文件还没有发送完，连接就结束了（只发送了 %2 字节中的 %1 字节）。</translation>
    </message>
    <message>
        <source>0 (the other side closed)</source>
        <translation>0（对端已关闭）</translation>
    </message>
    <message>
        <source>Sending is shut down (half-close): this connection can only receive now.</source>
        <translation>发送方向已关闭（半关闭）：这个连接现在只能接收数据。</translation>
    </message>
    <message>
        <source>Not connected: connect to a server before sending.</source>
        <translation>未连接：请先连接到服务器，再发送数据。</translation>
    </message>
    <message>
        <source>Sending is being shut down (half-close): nothing more can be sent on this connection.</source>
        <translation>正在关闭发送方向（半关闭）：这个连接不能再发送任何数据。</translation>
    </message>
    <message>
        <source>A file is being sent: wait until it is finished, or cancel it.</source>
        <translation>正在发送文件：请等待发送完成，或者取消发送。</translation>
    </message>
    <message>
        <source>There is nothing to send: type the data to repeat first.</source>
        <translation>没有要发送的数据：请先输入要重复发送的数据。</translation>
    </message>
    <message>
        <source>The interval must be at least 1 ms.</source>
        <translation>间隔时间不能小于 1 ms。</translation>
    </message>
    <message>
        <source>The number of repeats cannot be negative (0 means until stopped).</source>
        <translation>重复次数不能为负数（0 表示一直发送，直到手动停止）。</translation>
    </message>
    <message>
        <source>Not connected: connect to a server before sending a file.</source>
        <translation>未连接：请先连接到服务器，再发送文件。</translation>
    </message>
    <message>
        <source>A file is already being sent: wait until it is finished, or cancel it.</source>
        <translation>已经在发送一个文件：请等待发送完成，或者取消发送。</translation>
    </message>
    <message>
        <source>Repeated sending is running: stop it before sending a file.</source>
        <translation>正在重复发送：请先停止重复发送，再发送文件。</translation>
    </message>
    <message>
        <source>'%1' is a folder, not a file: choose a file to send.</source>
        <translation>'%1' 是文件夹，不是文件：请选择要发送的文件。</translation>
    </message>
    <message>
        <source>The file '%1' cannot be opened: %2</source>
        <translation>无法打开文件 '%1'：%2</translation>
    </message>
    <message>
        <source>Reading the file '%1' failed: %2</source>
        <translation>读取文件 '%1' 失败：%2</translation>
    </message>
    <message>
        <source>The file could not be handed to the connection.</source>
        <translation>无法把文件数据交给连接发送。</translation>
    </message>
    <message>
        <source>Sending the file was cancelled after %1 of %2 bytes.</source>
        <translation>文件发送已取消，此时已发送 %2 字节中的 %1 字节。</translation>
    </message>
    <message>
        <source>This connection is closing and cannot send any more: wait until it is closed.</source>
        <translation>这个连接正在关闭，不能再发送数据：请等待它关闭。</translation>
    </message>
    <message>
        <source>The time to wait for a reply must be at least 1 ms.</source>
        <translation>等待回复的时间不能小于 1 ms。</translation>
    </message>
    <message>
        <source>We cancelled the connection attempt.</source>
        <translation>本端取消了这次连接尝试。</translation>
    </message>
    <message>
        <source>Not connected: there is no connection to half-close.</source>
        <translation>未连接：没有可以半关闭的连接。</translation>
    </message>
    <message>
        <source>0 (reset sent)</source>
        <translation>0（已发送重置）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 字节</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln call(s)</source>
        <translation>
            <numerusform>%Ln 次调用共 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TcpClientTab</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>A host name, an IPv4 address or an IPv6 address of the server to connect to.</source>
        <translation>要连接的服务器的主机名、IPv4 地址或 IPv6 地址。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>The server's port, a number from 1 to 65535.</source>
        <translation>服务器的端口，即 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Closes the connection gracefully, or cancels a connection attempt.</source>
        <translation>正常关闭连接，或者取消正在进行的连接尝试。</translation>
    </message>
    <message>
        <source>Send small writes at once (TCP_NODELAY, Nagle off)</source>
        <translation>小块数据立即发送（TCP_NODELAY，关闭 Nagle 算法）</translation>
    </message>
    <message>
        <source>When off, Nagle's algorithm may hold back small writes and send them together.</source>
        <translation>不勾选时，Nagle 算法可能会暂缓发送多次小的写入，把它们合并在一起再发送。</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Local end:</source>
        <translation>本端：</translation>
    </message>
    <message>
        <source>Our address and the ephemeral port the kernel chose: what you will look for in Wireshark.</source>
        <translation>本端的地址以及内核选择的临时端口：在 Wireshark 中要找的就是它。</translation>
    </message>
    <message>
        <source>Peer end:</source>
        <translation>对端：</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>P&amp;ayload:</source>
        <translation>数据(&amp;A)：</translation>
    </message>
    <message>
        <source>Text to send; press Enter to send it</source>
        <translation>要发送的文本；按 Enter 键即可发送</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Text: characters, encoded with the chosen encoding. Hex: bytes written in hex, such as 48 65 6c.</source>
        <translation>文本：输入字符，用所选编码转换为字节。十六进制：直接以十六进制写出字节，例如 48 65 6c。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Escapes (\n \t \xNN)</source>
        <translation>转义序列（\n \t \xNN）</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>换行符(&amp;L)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>重复发送，间隔</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>times:</source>
        <translation>次数：</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到手动停止</translation>
    </message>
    <message>
        <source>Start &amp;repeating</source>
        <translation>开始重复发送(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Classic clients</source>
        <translation>经典客户端</translation>
    </message>
    <message>
        <source>Send o&amp;nce and close</source>
        <translation>发送一次后关闭(&amp;N)</translation>
    </message>
    <message>
        <source>Connects if needed, sends the payload, then closes gracefully.</source>
        <translation>必要时先建立连接，发送数据，然后正常关闭连接。</translation>
    </message>
    <message>
        <source>Send and &amp;wait for reply</source>
        <translation>发送并等待回复(&amp;W)</translation>
    </message>
    <message>
        <source>Connects if needed, sends the payload and waits for the server's answer.</source>
        <translation>必要时先建立连接，发送数据，然后等待服务器的回复。</translation>
    </message>
    <message>
        <source>Wait at most:</source>
        <translation>最长等待：</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>关闭连接</translation>
    </message>
    <message>
        <source>Hal&amp;f-close</source>
        <translation>半关闭(&amp;F)</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;bort (RST)</source>
        <translation>中止（RST）(&amp;B)</translation>
    </message>
    <message>
        <source>Received (one row per read)</source>
        <translation>已接收（每次读取占一行）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Host: type the server's name or address, for example 127.0.0.1.</source>
        <translation>主机：请输入服务器的名称或地址，例如 127.0.0.1。</translation>
    </message>
    <message>
        <source>Host: a host name or address has no spaces, but there is one at column %1.</source>
        <translation>主机：主机名或地址中不能有空格，但第 %1 列有一个空格。请删除它。</translation>
    </message>
    <message>
        <source>Port: type the server's port, a whole number from 1 to 65535.</source>
        <translation>端口：请输入服务器的端口，即 1 到 65535 之间的整数。</translation>
    </message>
    <message>
        <source>Port: "%1" is not a whole number; use a number from 1 to 65535.</source>
        <translation>端口："%1" 不是整数；请使用 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Port: %1 is out of range; a TCP port is a number from 1 to 65535.</source>
        <translation>端口：%1 超出了范围；TCP 端口是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Payload, column %1: %2</source>
        <translation>数据，第 %1 列：%2</translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>%1 (the step before took %2 ms)</source>
        <translation>%1（上一步用时 %2 ms）</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>尚未连接</translation>
    </message>
    <message>
        <source>%1 (port %2 is the ephemeral port the kernel chose: look for it in Wireshark)</source>
        <translation>%1（端口 %2 是内核选择的临时端口：可以在 Wireshark 中查找它）</translation>
    </message>
    <message>
        <source>Reads: %1, bytes: %2</source>
        <translation>读取次数：%1，字节数：%2</translation>
    </message>
    <message>
        <source>Reads: %1, bytes: %2 (the oldest %3 rows were dropped from the list)</source>
        <translation>读取次数：%1，字节数：%2（列表中已丢弃最早的 %3 行）</translation>
    </message>
    <message>
        <source>Waiting up to %1 ms for a reply…</source>
        <translation>正在等待回复，最多等待 %1 ms…</translation>
    </message>
    <message>
        <source>Reply (%1 bytes): %2
Hex: %3</source>
        <translation>回复（%1 字节）：%2
十六进制：%3</translation>
    </message>
    <message>
        <source>No reply came within %1 ms.</source>
        <translation>在 %1 ms 内没有收到回复。</translation>
    </message>
    <message>
        <source>Closed first by: us.</source>
        <translation>先关闭连接的一方：本端。</translation>
    </message>
    <message>
        <source>Closed first by: the other side.</source>
        <translation>先关闭连接的一方：对端。</translation>
    </message>
    <message>
        <source>Closed first by: nobody; an error ended the connection.</source>
        <translation>先关闭连接的一方：无；连接因出错而结束。</translation>
    </message>
    <message>
        <source>Send a &amp;file…</source>
        <translation>发送文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Sends the bytes of a file as they are, read in 64 KiB pieces (the whole file is never in memory).</source>
        <translation>按原样发送文件的字节，每次读取 64 KiB（整个文件不会一次读入内存）。</translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation>取消发送文件</translation>
    </message>
    <message>
        <source>File sent: %1 bytes.</source>
        <translation>文件已发送：%1 字节。</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>正在发送 %1…</translation>
    </message>
    <message>
        <source>%1 of %2 bytes sent (%3%)</source>
        <translation>已发送 %1 / %2 字节（%3%）</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>Wireshark</source>
        <translation>Wireshark</translation>
    </message>
    <message>
        <source>Filters and a one-click capture to find this tab's packets in Wireshark</source>
        <translation>过滤器和一键抓包，帮你在 Wireshark 中找到本选项卡的数据包</translation>
    </message>
</context>
<context>
    <name>TcpClientTableModel</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>served</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>被重置</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服务线程</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>接收字节数</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>发送字节数</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>接收消息数</translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation>发送消息数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>TcpServerEngine</name>
    <message>
        <source>Listening (%1): %2</source>
        <translation>监听中（%1）：%2</translation>
    </message>
    <message>
        <source>listening socket</source>
        <translation>监听套接字</translation>
    </message>
    <message>
        <source>The server stopped listening.</source>
        <translation>服务器已停止监听。</translation>
    </message>
    <message>
        <source>Reply once: accept a client, read one message, send one reply, close the connection.</source>
        <translation>回复一次：接受一个客户端，读取一条消息，发送一条回复，然后关闭连接。</translation>
    </message>
    <message>
        <source>Conversation: one client at a time answers commands; the others wait in the kernel's accept queue until it leaves.</source>
        <translation>对话：服务器一次只与一个客户端对话，回答它的命令；其他客户端在内核的 accept 队列中等待，直到这个客户端离开。</translation>
    </message>
    <message>
        <source>Thread per client: every accepted connection gets its own thread running a blocking recv()/send() loop.</source>
        <translation>每个客户端一个线程：每个被接受的连接都有自己的线程，在其中运行阻塞的 recv()/send() 循环。</translation>
    </message>
    <message>
        <source>Event loop: one thread serves many clients with non-blocking sockets, woken when a socket is ready (the way Qt works).</source>
        <translation>事件循环：一个线程使用非阻塞套接字为多个客户端服务，有套接字就绪时才被唤醒（Qt 就是这样工作的）。</translation>
    </message>
    <message>
        <source>Reply once</source>
        <translation>回复一次</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Thread per client</source>
        <translation>每个客户端一个线程</translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation>事件循环</translation>
    </message>
    <message>
        <source>Server received your message: {message}</source>
        <extracomment>Reply of the "reply once" server; {message} is what the client sent.</extracomment>
        <translation>服务器已收到你的消息: {message}</translation>
    </message>
    <message>
        <source>Received: {message}</source>
        <extracomment>Conversation server's reply to anything that is no command.</extracomment>
        <translation>已收到: {message}</translation>
    </message>
    <message>
        <source>Server received: {message}</source>
        <extracomment>Reply of the threaded and event-loop servers to every message.</extracomment>
        <translation>服务器已收到: {message}</translation>
    </message>
    <message>
        <source>Current time: {time}</source>
        <extracomment>Conversation command "time" (the word itself is not translated).</extracomment>
        <translation>当前时间: {time}</translation>
    </message>
    <message>
        <source>Goodbye!</source>
        <extracomment>Conversation command "exit": the server says goodbye and closes.</extracomment>
        <translation>再见!</translation>
    </message>
    <message numerus="yes">
        <source>to each of %n client(s)</source>
        <translation>
            <numerusform>分别发给 %n 个客户端</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused %1: all %n thread(s) allowed are busy serving clients; the connection was accepted and closed at once.</source>
        <translation>
            <numerusform>已拒绝 %1：允许的 %n 个线程都正忙于为其他客户端服务；该连接被接受后立即被关闭。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused %1: the server already serves %n client(s), its limit; the connection was accepted and closed at once.</source>
        <translation>
            <numerusform>已拒绝 %1：服务器已在为 %n 个客户端服务，达到了上限；该连接被接受后立即被关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>0 (peer closed)</source>
        <translation>0（对端已关闭）</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln call(s)</source>
        <translation>
            <numerusform>%Ln 次调用共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The client closed the connection (recv() returned 0).</source>
        <translation>客户端关闭了连接（recv() 返回 0）。</translation>
    </message>
    <message>
        <source>The client reset the connection (RST) instead of closing it; the server keeps serving.</source>
        <translation>客户端重置了连接（RST），而不是正常关闭；服务器继续提供服务。</translation>
    </message>
    <message>
        <source>The server closed the connection cleanly (FIN).</source>
        <translation>服务器正常关闭了连接（FIN）。</translation>
    </message>
    <message>
        <source>The server replied and then closed the connection (FIN).</source>
        <translation>服务器发送回复后关闭了连接（FIN）。</translation>
    </message>
    <message>
        <source>The server aborted the connection: SO_LINGER {1, 0} makes close() send RST.</source>
        <translation>服务器中止了连接：SO_LINGER {1, 0} 使 close() 发送 RST。</translation>
    </message>
    <message>
        <source>The server was stopped; it closed this connection cleanly (FIN).</source>
        <translation>服务器已停止，并正常关闭了此连接（FIN）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>TcpServerTab</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>The address the server listens on. 127.0.0.1 accepts connections from this machine only.</source>
        <translation>服务器监听的地址。127.0.0.1 只接受来自本机的连接。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>The port to listen on, 1 to 65535; 0 lets the system pick a free port (the port it picked is shown).</source>
        <translation>要监听的端口，1 到 65535；0 表示由系统选择一个空闲端口（会显示所选的端口）。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stops listening and closes every client connection cleanly.</source>
        <translation>停止监听，并正常关闭所有客户端连接。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Max &amp;clients:</source>
        <translation>最大客户端数(&amp;C)：</translation>
    </message>
    <message>
        <source>Beyond this many connected clients, new connections are accepted and closed at once; each refusal is logged.</source>
        <translation>已连接的客户端达到这个数量后，新连接会被接受并立即关闭；每次拒绝都会记入日志。</translation>
    </message>
    <message>
        <source>Max t&amp;hreads:</source>
        <translation>最大线程数(&amp;H)：</translation>
    </message>
    <message>
        <source>Thread per client: at most this many threads at once; more clients are refused and the refusal is logged.</source>
        <translation>每个客户端一个线程：同时最多运行这么多个线程；更多的客户端会被拒绝，并记入日志。</translation>
    </message>
    <message>
        <source>Te&amp;xt encoding:</source>
        <translation>文本编码(&amp;X)：</translation>
    </message>
    <message>
        <source>How the server reads messages and writes replies (for {message} and the commands).</source>
        <translation>服务器读取消息和写回复时使用的编码（用于 {message} 和命令）。</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>回复(&amp;R)：</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Puts back the default replies and commands in the current language.</source>
        <translation>以当前语言恢复默认的回复和命令。</translation>
    </message>
    <message>
        <source>Commands (conversation mode): a message equal to a command gets its reply.</source>
        <translation>命令（对话模式）：消息与某个命令相同时，服务器发送该命令对应的回复。</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Close after reply</source>
        <translation>回复后关闭</translation>
    </message>
    <message>
        <source>A&amp;dd command</source>
        <translation>添加命令(&amp;D)</translation>
    </message>
    <message>
        <source>Remo&amp;ve command</source>
        <translation>删除命令(&amp;V)</translation>
    </message>
    <message>
        <source>Send to clients</source>
        <translation>发送给客户端</translation>
    </message>
    <message>
        <source>P&amp;ayload:</source>
        <translation>数据(&amp;A)：</translation>
    </message>
    <message>
        <source>Text to send; press Enter to send it to the selected client</source>
        <translation>要发送的文本；按 Enter 键即可发送给选中的客户端</translation>
    </message>
    <message>
        <source>Text: characters, encoded with the chosen encoding. Hex: bytes written in hex, such as 48 65 6c.</source>
        <translation>文本：输入字符，用所选编码转换为字节。十六进制：直接以十六进制写出字节，例如 48 65 6c。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Escapes (\n \t \xNN)</source>
        <translation>转义序列（\n \t \xNN）</translation>
    </message>
    <message>
        <source>Line e&amp;nding:</source>
        <translation>换行符(&amp;N)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>Send to s&amp;elected</source>
        <translation>发送给选中的客户端(&amp;E)</translation>
    </message>
    <message>
        <source>Send to a&amp;ll</source>
        <translation>发送给所有客户端(&amp;L)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>Closes the selected connections gracefully: pending data is sent, then FIN.</source>
        <translation>正常关闭选中的连接：先发送尚未发出的数据，然后发送 FIN。</translation>
    </message>
    <message>
        <source>A&amp;bort</source>
        <translation>中止(&amp;B)</translation>
    </message>
    <message>
        <source>Aborts the selected connections: SO_LINGER 0, the peer sees a reset (RST).</source>
        <translation>中止选中的连接：SO_LINGER 设为 0，对端会看到连接被重置（RST）。</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已结束的连接</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Show as he&amp;x</source>
        <translation>以十六进制显示(&amp;X)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>Placeholders: {message} the message without its line ending, {time} the server's clock, {peer} the client's address:port. A reply ends with the message's line ending.</source>
        <translation>占位符：{message} 表示去掉行尾换行符的消息，{time} 表示服务器的时钟时间，{peer} 表示客户端的地址:端口。回复的末尾会加上与消息相同的换行符。</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Payload, column %1: %2</source>
        <translation>数据，第 %1 列：%2</translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>&amp;Other messages:</source>
        <translation>其他消息(&amp;O)：</translation>
    </message>
    <message>
        <source>The reply to a message that is not a command.</source>
        <translation>对不是命令的消息所发送的回复。</translation>
    </message>
    <message>
        <source>The reply to every message.</source>
        <translation>对每条消息所发送的回复。</translation>
    </message>
    <message>
        <source>Command row %1 has no command word; it is ignored until you type one.</source>
        <translation>第 %1 行命令没有填写命令词；在填写之前会忽略这一行。</translation>
    </message>
    <message>
        <source>Command "%1" appears twice; the first row is used.</source>
        <translation>命令 "%1" 出现了两次；使用第一次出现的那一行。</translation>
    </message>
    <message>
        <source>Select a client in the table first, or use "Send to all".</source>
        <translation>请先在表格中选择一个客户端，或者使用“发送给所有客户端”。</translation>
    </message>
    <message>
        <source>The selected clients have left; nothing was sent.</source>
        <translation>选中的客户端已经离开；没有发送任何数据。</translation>
    </message>
    <message>
        <source>No client is connected; nothing was sent.</source>
        <translation>没有已连接的客户端；没有发送任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) connected</source>
        <translation>
            <numerusform>已连接 %n 个客户端</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serving thread(s)</source>
        <translation>
            <numerusform>%n 个服务线程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the backlog</source>
        <translation>
            <numerusform>%n 个在等待队列中等待</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (limit reached)</source>
        <translation>
            <numerusform>%n 个被拒绝（已达上限）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed when the server stopped</source>
        <translation>
            <numerusform>%n 个在服务器停止时被关闭</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received, %2 sent</source>
        <translation>已接收 %1 条，已发送 %2 条</translation>
    </message>
    <message>
        <source>(the %1 oldest rows were dropped; the traffic log keeps more)</source>
        <translation>（已丢弃最早的 %1 行；流量日志中保留了更多记录）</translation>
    </message>
    <message>
        <source>Listening on %1 (%2). Try it: nc %3 %4</source>
        <translation>正在 %1 上监听（%2）。试一试：nc %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n connected client(s) were closed cleanly.</source>
        <translation>
            <numerusform>已停止。%n 个已连接的客户端已被正常关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Wireshark</source>
        <translation>Wireshark</translation>
    </message>
    <message>
        <source>Filters and a one-click capture to find this tab's packets in Wireshark</source>
        <translation>过滤器和一键抓包，帮你在 Wireshark 中找到本选项卡的数据包</translation>
    </message>
</context>
<context>
    <name>ThreadDemo</name>
    <message>
        <source>The number of worker threads must be between 1 and %1; it is %2.</source>
        <translation>工作线程数必须在 1 到 %1 之间，当前为 %2。</translation>
    </message>
    <message>
        <source>The time unit must be between 1 and 10000 milliseconds; it is %1.</source>
        <translation>时间单位必须在 1 到 10000 毫秒之间，当前为 %1。</translation>
    </message>
    <message>
        <source>The thread demo is still running. Wait for it to finish or cancel it first.</source>
        <translation>线程演示仍在运行。请等待它结束，或先取消它。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>hand-over (unlock → acquire, end → join)</source>
        <comment>legend of the timeline's arrows</comment>
        <translation>交接（解锁 → 加锁，结束 → join）</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>时间（ms）</translation>
    </message>
</context>
<context>
    <name>TraceRecorder</name>
    <message>
        <source>main thread</source>
        <translation>主线程</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>工作线程 %1</translation>
    </message>
    <message>
        <source>thread %1</source>
        <translation>线程 %1</translation>
    </message>
    <message>
        <source>pool thread %1</source>
        <translation>线程池线程 %1</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>waiting for a lock</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <source>holding a lock</source>
        <translation>持有锁</translation>
    </message>
    <message>
        <source>waiting in join()</source>
        <translation>在 join() 中等待</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TrafficExport</name>
    <message>
        <source>Could not write %1: %2. Nothing was removed from the log; choose another folder or file name.</source>
        <translation>无法写入 %1：%2。日志中的内容没有被删除；请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
</context>
<context>
    <name>TrafficLogDock</name>
    <message>
        <source>Traffic Log</source>
        <translation>流量日志</translation>
    </message>
    <message>
        <source>T&amp;ab:</source>
        <translation>选项卡(&amp;A)：</translation>
    </message>
    <message>
        <source>Show only the events of one tab</source>
        <translation>只显示某一个选项卡的事件</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>协议(&amp;P)：</translation>
    </message>
    <message>
        <source>Show only TCP or only UDP events</source>
        <translation>只显示 TCP 事件或只显示 UDP 事件</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>Show only events whose local or peer address contains this text, for example 127.0.0.1 or :8888</source>
        <translation>只显示本地地址或对端地址中包含此文本的事件，例如 127.0.0.1 或 :8888</translation>
    </message>
    <message>
        <source>address or :port</source>
        <translation>地址或 :端口</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <source>Show only events whose data contains this text (upper or lower case alike), or these bytes when written in hex, for example 48 65 6c</source>
        <translation>只显示数据中包含此文本（不区分大小写）的事件；输入十六进制时也会查找这些字节，例如 48 65 6c</translation>
    </message>
    <message>
        <source>text or hex bytes</source>
        <translation>文本或十六进制字节</translation>
    </message>
    <message>
        <source>Bytes (hex dump):</source>
        <translation>字节（十六进制转储）：</translation>
    </message>
    <message>
        <source>Select a row to see its bytes.</source>
        <translation>选择一行即可查看它的字节。</translation>
    </message>
    <message>
        <source>&amp;Decode as:</source>
        <translation>解码方式(&amp;D)：</translation>
    </message>
    <message>
        <source>Read the same bytes as text in another encoding</source>
        <translation>用另一种编码把同样的字节读作文本</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text, with all their bytes in hex</source>
        <translation>把选中的行复制为以制表符分隔的文本，并附上它们的全部字节（十六进制）</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>Remove all rows from the log view (a transcript file keeps them)</source>
        <translation>从日志视图中移除所有行（记录文件中仍会保留）</translation>
    </message>
    <message>
        <source>&amp;Pause Autoscroll</source>
        <translation>暂停自动滚动(&amp;P)</translation>
    </message>
    <message>
        <source>Keep the view where it is instead of following the newest row</source>
        <translation>让视图停留在当前位置，不再跟随最新的一行</translation>
    </message>
    <message>
        <source>&amp;Hex Preview</source>
        <translation>十六进制预览(&amp;H)</translation>
    </message>
    <message>
        <source>Show the Preview column as hex bytes instead of text</source>
        <translation>在“预览”列中以十六进制字节而不是文本显示</translation>
    </message>
    <message>
        <source>All tabs</source>
        <translation>所有选项卡</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <source>%1 of %2 rows shown</source>
        <translation>显示 %1 行，共 %2 行</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 older row(s) dropped from view; start NetLab with --transcript FILE to keep every event</source>
        <translation>
            <numerusform>已从视图中丢弃较早的 %1 行；启动 NetLab 时加上 --transcript FILE 即可保留所有事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 older row(s) dropped from view; the transcript has them all</source>
        <translation>
            <numerusform>已从视图中丢弃较早的 %1 行；记录文件中保存了全部行</numerusform>
        </translation>
    </message>
    <message>
        <source>This event carries no data.</source>
        <translation>此事件没有携带数据。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 %4 · local %5 · %Ln byte(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 %4 · 本地 %5 · %Ln 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 %4 · local %5 %6 peer %7 · %Ln byte(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 %4 · 本地 %5 %6 对端 %7 · %Ln 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no longer in the table)</source>
        <translation>%1（已不在表格中）</translation>
    </message>
    <message>
        <source>First %1 of %2 bytes kept here; start NetLab with --transcript FILE to keep them all.</source>
        <translation>这里只保留了 %2 个字节中的前 %1 个；启动 NetLab 时加上 --transcript FILE 即可全部保留。</translation>
    </message>
    <message>
        <source>First %1 of %2 bytes kept here; the transcript has them all.</source>
        <translation>这里只保留了 %2 个字节中的前 %1 个；记录文件中保存了全部字节。</translation>
    </message>
    <message>
        <source>%1 cannot be decoded by this version of Qt.</source>
        <translation>此版本的 Qt 无法用 %1 解码。</translation>
    </message>
    <message numerus="yes">
        <source>The data starts with a %1 byte-order mark (%Ln byte(s)); it is not shown as text.</source>
        <translation>
            <numerusform>数据以 %1 字节顺序标记（BOM，%Ln 个字节）开头，它不会显示为文本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte sequence(s) are not valid %1 and are shown as �, the first at byte offset %2. The hex dump shows the exact bytes.</source>
        <translation>
            <numerusform>有 %Ln 个字节序列不是有效的 %1，已显示为 �，第一个位于字节偏移 %2 处。十六进制转储中显示的是确切的字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Save the log as a pcapng file for Wireshark, as CSV for a spreadsheet, or as JSON Lines</source>
        <translation>把日志保存为 pcapng 文件（用于 Wireshark）、CSV 文件（用于电子表格）或 JSON Lines 文件</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Export &amp;Everything…</source>
        <translation>导出全部(&amp;E)…</translation>
    </message>
    <message>
        <source>Save every row of the log (pcapng, CSV or JSON Lines, by the file name's extension)</source>
        <translation>保存日志中的所有行（按文件扩展名选择 pcapng、CSV 或 JSON Lines 格式）</translation>
    </message>
    <message>
        <source>Export the &amp;Shown Rows…</source>
        <translation>导出当前显示的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Save only the rows the filters let through</source>
        <translation>只保存通过当前过滤条件的行</translation>
    </message>
    <message>
        <source>Export This &amp;Connection…</source>
        <translation>导出此连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Save every row of the selected row's connection: the same pair of addresses and ports, seen from either end</source>
        <translation>保存与选中行属于同一连接的所有行：即两端的地址和端口都相同的行（无论从哪一端看）</translation>
    </message>
    <message>
        <source>Wireshark capture (*.pcapng)</source>
        <translation>Wireshark 抓包文件 (*.pcapng)</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>用于电子表格的 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines, the transcript's format (*.jsonl)</source>
        <translation>JSON Lines，记录文件的格式 (*.jsonl)</translation>
    </message>
    <message>
        <source>Export the Traffic Log</source>
        <translation>导出流量日志</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln event(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个事件保存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) had more bytes than the log keeps (64 KiB a row); the file has the kept part. A transcript (--transcript) or a live capture (--pcapng) keeps every byte.</source>
        <translation>
            <numerusform>有 %Ln 行的字节数超过了日志的保留上限（每行 64 KiB）；文件中只有保留下来的部分。记录文件（--transcript）或实时抓包文件（--pcapng）会保留全部字节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log had already dropped %Ln older event(s) to stay within its limits; they are not in the file.</source>
        <translation>
            <numerusform>为了不超出上限，日志此前已丢弃 %Ln 个较早的事件；它们不在文件中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrafficLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>选项卡</translation>
    </message>
    <message>
        <source>Dir.</source>
        <comment>column header: direction arrow</comment>
        <translation>方向</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>When it happened, in local time (hours:minutes:seconds.milliseconds)</source>
        <translation>事件发生的时间，按本地时间显示（时:分:秒.毫秒）</translation>
    </message>
    <message>
        <source>→ this program sent or started it, ← it came from the peer</source>
        <translation>→ 表示由本程序发送或发起，← 表示来自对端</translation>
    </message>
    <message>
        <source>The address and port on this computer</source>
        <translation>本机上的地址和端口</translation>
    </message>
    <message>
        <source>The address and port on the other side</source>
        <translation>对端的地址和端口</translation>
    </message>
    <message>
        <source>How many bytes the event carried</source>
        <translation>该事件携带的字节数</translation>
    </message>
    <message>
        <source>The start of the data, as text in the tab's encoding or as hex bytes</source>
        <translation>数据的开头部分，以该选项卡所用编码的文本或十六进制字节显示</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%2 bytes; the log view keeps the first %1 of them.</source>
        <translation>共 %2 个字节；日志视图只保留了其中的前 %1 个。</translation>
    </message>
</context>
<context>
    <name>TrafficNames</name>
    <message>
        <source>listening</source>
        <translation>监听中</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>被重置</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Host &amp; IP</source>
        <translation>主机与 IP</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>TCP Client</source>
        <translation>TCP 客户端</translation>
    </message>
    <message>
        <source>TCP Server</source>
        <translation>TCP 服务器</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>并发</translation>
    </message>
</context>
<context>
    <name>TrafficPcapng</name>
    <message>
        <source>%1: %2</source>
        <comment>tab title: event kind</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>tab title: event kind (note)</comment>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>event label — what this packet is</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>datagram cut to %1 of %2 bytes: an IP packet holds no more</source>
        <translation>数据报已截断为 %2 字节中的前 %1 字节：一个 IP 数据包最多只能容纳这么多</translation>
    </message>
    <message>
        <source>handshake synthesized: the connection was opened before this file starts</source>
        <translation>合成的握手：该连接在本文件开始之前就已建立</translation>
    </message>
    <message>
        <source>SYN synthesized: NetLab saw connect() succeed</source>
        <translation>合成的 SYN：NetLab 观察到 connect() 成功</translation>
    </message>
    <message>
        <source>SYN-ACK synthesized</source>
        <translation>合成的 SYN-ACK</translation>
    </message>
    <message>
        <source>ACK synthesized</source>
        <translation>合成的 ACK</translation>
    </message>
    <message>
        <source>SYN synthesized: NetLab saw accept() return this client</source>
        <translation>合成的 SYN：NetLab 观察到 accept() 返回了这个客户端</translation>
    </message>
    <message>
        <source>segment %1 of %2</source>
        <translation>第 %1 段，共 %2 段</translation>
    </message>
    <message>
        <source>FIN synthesized: NetLab closed first</source>
        <translation>合成的 FIN：NetLab 先关闭了连接</translation>
    </message>
    <message>
        <source>FIN synthesized: the peer closed first</source>
        <translation>合成的 FIN：对端先关闭了连接</translation>
    </message>
    <message>
        <source>FIN synthesized: the other side closes too</source>
        <translation>合成的 FIN：另一端也关闭连接</translation>
    </message>
    <message>
        <source>RST synthesized: NetLab aborted the connection</source>
        <translation>合成的 RST：NetLab 中止了连接</translation>
    </message>
    <message>
        <source>RST synthesized: the peer reset the connection</source>
        <translation>合成的 RST：连接被对端重置</translation>
    </message>
    <message>
        <source>SYN synthesized: NetLab's connect() attempt</source>
        <translation>合成的 SYN：NetLab 的 connect() 尝试</translation>
    </message>
    <message>
        <source>RST synthesized: connection refused, nothing listens there</source>
        <translation>合成的 RST：连接被拒绝，那里没有程序在监听</translation>
    </message>
    <message>
        <source>Cannot save the capture file %1: %2</source>
        <translation>无法保存抓包文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>TranscriptWriter</name>
    <message>
        <source>Cannot write the transcript to %1: %2</source>
        <translation>无法写入记录文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write to the transcript %1: %2. NetLab keeps trying with the next events.</source>
        <translation>无法写入记录文件 %1：%2。NetLab 会继续尝试写入后续事件。</translation>
    </message>
</context>
<context>
    <name>UdpAutoReply</name>
    <message>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>the text to match is empty; type the message that should get an answer, for example hello.</source>
        <translation>要匹配的文本为空；请输入需要回复的消息，例如 hello。</translation>
    </message>
    <message>
        <source>the encoding '%1' is not available in this build.</source>
        <translation>编码 '%1' 在此构建中不可用。</translation>
    </message>
    <message>
        <source>the regular expression '%1' is not valid at character %2: %3.</source>
        <translation>正则表达式 '%1' 在第 %2 个字符处无效：%3。</translation>
    </message>
    <message>
        <source>the reply cannot be sent: %1 (column %2).</source>
        <translation>无法发送回复：%1（第 %2 列）。</translation>
    </message>
    <message>
        <source>the reply cannot be sent: %1.</source>
        <translation>无法发送回复：%1。</translation>
    </message>
</context>
<context>
    <name>UdpEngine</name>
    <message>
        <source>0 (granted %1 bytes)</source>
        <translation>0（实际分配 %1 字节）</translation>
    </message>
    <message>
        <source>receive buffer: %1 bytes</source>
        <translation>接收缓冲区：%1 字节</translation>
    </message>
    <message>
        <source>Port 0 cannot receive datagrams: type the receiver's port, a number from 1 to 65535.</source>
        <translation>端口 0 无法接收数据报：请输入接收方的端口，即 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>组播</translation>
    </message>
    <message>
        <source>auto-reply (rule %1)</source>
        <translation>自动回复（规则 %1）</translation>
    </message>
    <message>
        <source>The interval must be at least 1 millisecond; %1 ms was given.</source>
        <translation>发送间隔至少为 1 ms，而给出的是 %1 ms。</translation>
    </message>
    <message>
        <source>The number of datagrams cannot be negative (%1 was given); use 0 to send until stopped.</source>
        <translation>数据报个数不能为负数（给出的是 %1）；如果要一直发送到手动停止，请填 0。</translation>
    </message>
    <message>
        <source>Bind the receiver first (for example to 0.0.0.0 and the group's port), then join the multicast group %1.</source>
        <translation>请先绑定接收方（例如绑定到 0.0.0.0 和该组的端口），再加入组播组 %1。</translation>
    </message>
    <message>
        <source>%1 is not a multicast address. IPv4 multicast groups are 224.0.0.0 to 239.255.255.255 (239.x.x.x is meant for local experiments); IPv6 groups start with ff.</source>
        <translation>%1 不是组播地址。IPv4 组播组的范围是 224.0.0.0 到 239.255.255.255（239.x.x.x 供本地实验使用）；IPv6 组播组以 ff 开头。</translation>
    </message>
    <message>
        <source>There is no network interface called '%1' on this computer. The interfaces are: %2.</source>
        <translation>本机上没有名为 '%1' 的网络接口。现有的网络接口是：%2。</translation>
    </message>
    <message>
        <source>This socket is already a member of %1 on %2.</source>
        <translation>该套接字已经在 %2 上加入了 %1。</translation>
    </message>
    <message>
        <source>the default interface</source>
        <translation>默认接口</translation>
    </message>
    <message>
        <source>Could not join the multicast group %1. Most likely this computer has no route for multicast (no default route and no 224.0.0.0/4 route), so the system cannot choose an interface by itself (ENODEV). Choose the interface explicitly.</source>
        <translation>无法加入组播组 %1。最可能的原因是本机没有组播路由（既没有默认路由，也没有 224.0.0.0/4 路由），因此系统无法自行选择网络接口（ENODEV）。请明确指定网络接口。</translation>
    </message>
    <message>
        <source>Could not join the multicast group %1 on %2. Most likely the interface is down, has no IPv4 address, or cannot do multicast; or the group and the socket are of different IP versions.</source>
        <translation>无法在 %2 上加入组播组 %1。最可能的原因是：该接口未启用、没有 IPv4 地址或不支持组播；或者组播组与套接字的 IP 版本不同。</translation>
    </message>
    <message>
        <source>This socket is not a member of %1 on %2, so it cannot leave it.</source>
        <translation>该套接字没有在 %2 上加入 %1，因此无法退出。</translation>
    </message>
    <message>
        <source>There is no network interface called '%1' on this computer.</source>
        <translation>本机上没有名为 '%1' 的网络接口。</translation>
    </message>
    <message>
        <source>UDP does not tell the sender when nobody is listening. sendto() succeeds as soon as the datagram has left this computer; if no program is bound to the destination port, the datagram is simply thrown away. The receiving computer may answer with an ICMP "port unreachable" message, but an unconnected UDP socket never reports it. The only way to know that a datagram arrived is an answer from the receiver, like the reply to hello.</source>
        <translation>没有程序在监听时，UDP 不会告诉发送方。只要数据报离开了本机，sendto() 就会成功；如果没有程序绑定到目的端口，这个数据报就会被直接丢弃。接收方的计算机可能会回应一条 ICMP “端口不可达”（port unreachable）消息，但未连接的 UDP 套接字从不报告它。要知道数据报是否到达，唯一的办法是收到接收方的应答，比如对 hello 的回复。</translation>
    </message>
    <message>
        <source>Port %1 is already in use on %2: another socket (maybe another receiver, or another NetLab tab) is bound to it. Close the other program, choose another port, or tick "Share address" (SO_REUSEADDR) for every socket that binds this port.</source>
        <translation>%2 上的端口 %1 已被占用：另一个套接字（可能是另一个接收方，或 NetLab 的另一个选项卡）已绑定到该端口。请关闭另一个程序、换一个端口，或者为绑定此端口的每个套接字都勾选“共享地址”（SO_REUSEADDR）。</translation>
    </message>
    <message>
        <source>Nothing was sent: one UDP datagram can carry at most %1 bytes over IPv4 and %2 bytes over IPv6, because the length fields of UDP and IP stop at 65,535 bytes. Send the data in smaller pieces.</source>
        <translation>未发送任何数据：一个 UDP 数据报在 IPv4 上最多只能携带 %1 字节，在 IPv6 上最多只能携带 %2 字节，因为 UDP 和 IP 的长度字段最大只能表示 65,535 字节。请把数据分成更小的块发送。</translation>
    </message>
    <message>
        <source>Nothing was sent: one UDP datagram can carry at most %1 bytes over %2, because the length fields of UDP and IP stop at 65,535 bytes. Send the data in smaller pieces.</source>
        <translation>未发送任何数据：一个 UDP 数据报在 %2 上最多只能携带 %1 字节，因为 UDP 和 IP 的长度字段最大只能表示 65,535 字节。请把数据分成更小的块发送。</translation>
    </message>
    <message>
        <source>Could not send to 255.255.255.255: the network is unreachable (ENETUNREACH). This address means "everyone on my own network", but the system does not know which network that is: there is no default route. Bind the sender to the address of the interface it should use (for example 192.168.1.10), or send to that network's broadcast address (such as 192.168.1.255) instead.</source>
        <translation>无法发送到 255.255.255.255：网络不可达（ENETUNREACH）。这个地址的意思是“我所在网络中的所有主机”，但系统不知道这是哪个网络，因为没有默认路由。请把发送方绑定到它应使用的网络接口的地址（例如 192.168.1.10），或者改为发送到该网络的广播地址（如 192.168.1.255）。</translation>
    </message>
    <message>
        <source>Could not send to %1: the network is unreachable (ENETUNREACH): this computer has no route to that address. Check the address, the network connection and the address the sender is bound to.</source>
        <translation>无法发送到 %1：网络不可达（ENETUNREACH），本机没有通往该地址的路由。请检查地址、网络连接以及发送方绑定的地址。</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) from %1</source>
        <translation>
            <numerusform>%n 字节，来自 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more call(s) in the last second</source>
        <translation>
            <numerusform>… 最近一秒内还有 %n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes in total</source>
        <translation>共 %1 字节</translation>
    </message>
    <message>
        <source>Receiving a datagram failed (recvfrom: %1). Close the socket and bind it again.</source>
        <translation>接收数据报失败（recvfrom: %1）。请关闭套接字，然后重新绑定。</translation>
    </message>
</context>
<context>
    <name>UdpTab</name>
    <message>
        <source>Receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Bind &amp;address:</source>
        <translation>绑定地址(&amp;A)：</translation>
    </message>
    <message>
        <source>The address the receiver listens on. 127.0.0.1 and ::1 can only be reached from this computer.</source>
        <translation>接收方监听的地址。127.0.0.1 和 ::1 只能从本机访问。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>0 = any free port</source>
        <translation>0 = 任意空闲端口</translation>
    </message>
    <message>
        <source>Share address (SO_REUSEADDR)</source>
        <translation>共享地址（SO_REUSEADDR）</translation>
    </message>
    <message>
        <source>Let other sockets bind the same port too.</source>
        <translation>允许其他套接字也绑定同一个端口。</translation>
    </message>
    <message>
        <source>Warning: 0.0.0.0 listens on every interface. Other computers on the network can send datagrams to this port.</source>
        <translation>警告：0.0.0.0 会在所有网络接口上监听，网络中的其他计算机也能向这个端口发送数据报。</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>绑定(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <source>Answer datagrams that match a rule, like the classic hello exercise.</source>
        <translation>对匹配某条规则的数据报自动回复，就像经典的 hello 练习那样。</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>忽略大小写</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Target &amp;host:</source>
        <translation>目标主机(&amp;H)：</translation>
    </message>
    <message>
        <source>IP address or host name</source>
        <translation>IP 地址或主机名</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>1-65535</source>
        <translation>1-65535</translation>
    </message>
    <message>
        <source>&amp;Local port:</source>
        <translation>本地端口(&amp;L)：</translation>
    </message>
    <message>
        <source>any (chosen by the system)</source>
        <translation>任意（由系统选择）</translation>
    </message>
    <message>
        <source>Optional: bind the sender to this port before sending.</source>
        <translation>可选：发送前先把发送方绑定到这个端口。</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>数据(&amp;Y)：</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Escapes (\n, \xNN)</source>
        <translation>转义序列（\n、\xNN）</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>无换行符</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>every </source>
        <translation>每隔 </translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>Send &amp;repeatedly</source>
        <translation>重复发送(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Datagrams</source>
        <translation>数据报</translation>
    </message>
    <message>
        <source>Show as:</source>
        <translation>显示为：</translation>
    </message>
    <message>
        <source>Encoding used to show received text and to match auto-reply rules.</source>
        <translation>用于显示收到的文本以及匹配自动回复规则的编码。</translation>
    </message>
    <message>
        <source>Reply to selected sender</source>
        <translation>回复选中的发送方</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>完全匹配</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>0.0.0.0 — all interfaces</source>
        <translation>0.0.0.0 — 所有网络接口</translation>
    </message>
    <message>
        <source>Receiving on %1 (port %2). Receive buffer: %3 bytes.</source>
        <translation>正在 %1 上接收（端口 %2）。接收缓冲区：%3 字节。</translation>
    </message>
    <message>
        <source>Not bound: choose an address and a port, then press Bind.</source>
        <translation>未绑定：请选择地址和端口，然后点击“绑定”。</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>Until this is fixed, the previous rules stay in use.</source>
        <translation>在修正之前，仍使用先前的规则。</translation>
    </message>
    <message>
        <source>Enter the target host: an IP address such as 127.0.0.1 or a name such as localhost.</source>
        <translation>请输入目标主机：可以是 IP 地址（如 127.0.0.1），也可以是主机名（如 localhost）。</translation>
    </message>
    <message>
        <source>The host contains a space (at position %1). Addresses and host names never contain spaces.</source>
        <translation>主机中含有空格（位于第 %1 个字符处）。地址和主机名中不会有空格，请删除它。</translation>
    </message>
    <message>
        <source>Sending repeatedly: %1 sent so far.</source>
        <translation>正在重复发送：已发送 %1 个数据报。</translation>
    </message>
    <message>
        <source>The sender socket uses local port %1; replies sent to it appear in the list.</source>
        <translation>发送方套接字使用本地端口 %1；发往该端口的回复会显示在列表中。</translation>
    </message>
    <message>
        <source>The sender socket is not open yet: the first send binds it to a free port.</source>
        <translation>发送方套接字尚未打开：第一次发送时会把它绑定到一个空闲端口。</translation>
    </message>
    <message>
        <source>Payload, column %1: %2</source>
        <translation>数据，第 %1 列：%2</translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Received — datagrams: %1, bytes: %2 · Sent — datagrams: %3, bytes: %4 · Auto-replied — datagrams: %5, bytes: %6</source>
        <translation>已接收：%1 个数据报，%2 字节 · 已发送：%3 个数据报，%4 字节 · 已自动回复：%5 个数据报，%6 字节</translation>
    </message>
    <message numerus="yes">
        <source>%n older datagram(s) removed from the list (it keeps the last %1).</source>
        <translation>
            <numerusform>已从列表中移除 %n 个较早的数据报（列表只保留最近的 %1 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Enter a port number from 1 to 65535.</source>
        <translation>请输入 1 到 65535 之间的端口号。</translation>
    </message>
    <message>
        <source>"%1" is not a port number. Use digits only: 0 (any free port) to 65535.</source>
        <translation>"%1" 不是端口号。请只输入数字：0（任意空闲端口）到 65535。</translation>
    </message>
    <message>
        <source>"%1" is not a port number. Use digits only: 1 to 65535.</source>
        <translation>"%1" 不是端口号。请只输入数字：1 到 65535。</translation>
    </message>
    <message>
        <source>Port %1 is too large: port numbers go up to 65535.</source>
        <translation>端口 %1 太大：端口号最大为 65535。</translation>
    </message>
    <message>
        <source>Port 0 cannot be a destination. Use a port from 1 to 65535.</source>
        <translation>端口 0 不能作为目的端口。请使用 1 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>Wireshark</source>
        <translation>Wireshark</translation>
    </message>
    <message>
        <source>Filters and a one-click capture to find this tab's packets in Wireshark</source>
        <translation>过滤器和一键抓包，帮你在 Wireshark 中找到本选项卡的数据包</translation>
    </message>
</context>
<context>
    <name>WiresharkFilters</name>
    <message>
        <source>Capture on %1. Loopback traffic is captured on %1, not on your Ethernet or Wi-Fi interface: packets between two programs on this computer never reach a network card.</source>
        <translation>请在 %1 上抓包。环回流量要在 %1 上捕获，而不是在以太网或 Wi-Fi 接口上：本机上两个程序之间的数据包永远不会到达网卡。</translation>
    </message>
    <message>
        <source>Capture on %1: this pseudo-interface sees every interface at once (Ethernet, Wi-Fi and loopback), so you do not need to know which one the packets use.</source>
        <translation>请在 %1 上抓包：这个伪接口能同时看到所有网络接口（以太网、Wi-Fi 和环回），所以你不需要知道数据包走的是哪一个接口。</translation>
    </message>
</context>
<context>
    <name>WiresharkPane</name>
    <message>
        <source>Run Wireshark beside NetLab and paste these filters to see exactly this tab's packets.</source>
        <translation>在 NetLab 旁边运行 Wireshark，并粘贴这些过滤器，就能只看到本选项卡的数据包。</translation>
    </message>
    <message>
        <source>Capture filter:</source>
        <translation>捕获过滤器：</translation>
    </message>
    <message>
        <source>Decides which packets Wireshark records at all (BPF syntax). Set it before you start capturing.</source>
        <translation>决定 Wireshark 记录哪些数据包（BPF 语法）。请在开始抓包之前设置好。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Put the capture filter on the clipboard</source>
        <translation>把捕获过滤器复制到剪贴板</translation>
    </message>
    <message>
        <source>Display filter:</source>
        <translation>显示过滤器：</translation>
    </message>
    <message>
        <source>Decides which recorded packets Wireshark shows: paste it into the filter bar above the packet list.</source>
        <translation>决定 Wireshark 显示哪些已记录的数据包：请把它粘贴到数据包列表上方的过滤栏中。</translation>
    </message>
    <message>
        <source>Put the display filter on the clipboard</source>
        <translation>把显示过滤器复制到剪贴板</translation>
    </message>
    <message>
        <source>This connection:</source>
        <translation>此连接：</translation>
    </message>
    <message>
        <source>A display filter for exactly one connection: both ports and both addresses.</source>
        <translation>只针对一个连接的显示过滤器：同时限定两端的端口和地址。</translation>
    </message>
    <message>
        <source>Put the filter for this connection on the clipboard</source>
        <translation>把此连接的过滤器复制到剪贴板</translation>
    </message>
    <message>
        <source>Terminal:</source>
        <translation>终端：</translation>
    </message>
    <message>
        <source>The same capture with tshark, Wireshark for the terminal: paste it into a terminal and press Enter.</source>
        <translation>用 tshark（终端版的 Wireshark）进行同样的抓包：把它粘贴到终端中并按 Enter 键。</translation>
    </message>
    <message>
        <source>Put the tshark command on the clipboard</source>
        <translation>把 tshark 命令复制到剪贴板</translation>
    </message>
    <message>
        <source>Capture with Wireshark</source>
        <translation>用 Wireshark 抓包</translation>
    </message>
    <message>
        <source>Start Wireshark capturing on the interface above with the capture filter above</source>
        <translation>启动 Wireshark，在上面的网络接口上使用上面的捕获过滤器抓包</translation>
    </message>
    <message>
        <source>Known once the tab has a port</source>
        <translation>本选项卡有了端口后才会显示</translation>
    </message>
    <message>
        <source>Pick a connection to get a filter for it alone</source>
        <translation>选择一个连接，即可得到只针对它的过滤器</translation>
    </message>
    <message>
        <source>Wireshark was started and is capturing on %1. Packets appear there as this tab sends and receives; paste the display filter into Wireshark's filter bar to hide everything else.</source>
        <translation>Wireshark 已启动，正在 %1 上抓包。本选项卡收发数据时，数据包会出现在 Wireshark 中；把显示过滤器粘贴到 Wireshark 的过滤栏中，即可隐藏其他所有数据包。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the tab NAME: %1.</source>
        <translation>打开指定名称的选项卡：%1。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Use the language CODE: en or zh_CN (for this run; the View menu remembers a choice).</source>
        <translation>使用指定的语言代码：en 或 zh_CN（仅本次运行有效；“视图”菜单中的选择会被记住）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Append every network event to FILE as one JSON object per line, flushed as it happens.</source>
        <translation>把每个网络事件追加写入文件，每行一个 JSON 对象，事件发生时立即写入。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Keep at most ROWS rows in the traffic log view (default 100000; older rows are counted, and the transcript keeps them all).</source>
        <translation>流量日志视图中最多保留的行数（默认 100000；更早的行只计数，记录文件会保留全部行）。</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>NetLab: a lab for learning network programming with TCP, UDP, broadcast, encodings and threads.</source>
        <translation>NetLab：一个学习网络编程的实验环境，涵盖 TCP、UDP、广播、编码和线程。</translation>
    </message>
    <message>
        <source>there is no tab called '%1'; choose one of: %2</source>
        <translation>没有名为 '%1' 的选项卡；请从以下选项中选择：%2</translation>
    </message>
    <message>
        <source>the language '%1' is not available; choose en or zh_CN</source>
        <translation>语言 '%1' 不可用；请选择 en 或 zh_CN</translation>
    </message>
    <message>
        <source>--transcript needs a file name</source>
        <translation>--transcript 需要一个文件名</translation>
    </message>
    <message>
        <source>--log-capacity must be a whole number from 100 to 10000000, not '%1'</source>
        <translation>--log-capacity 必须是 100 到 10000000 之间的整数，而不是 '%1'</translation>
    </message>
    <message>
        <source>unexpected argument '%1'; see netlab --help</source>
        <translation>无法识别的参数 '%1'；请参阅 netlab --help</translation>
    </message>
    <message>
        <source>Open the TCP Server tab listening on ADDR:PORT (for example 127.0.0.1:8888, [::1]:8888; port 0 picks a free port).</source>
        <translation>打开 TCP 服务器选项卡，在 ADDR:PORT 上监听（例如 127.0.0.1:8888、[::1]:8888；端口 0 表示选择一个空闲端口）。</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>The TCP server's mode: %1 (default event-loop).</source>
        <translation>TCP 服务器的模式：%1（默认为 event-loop）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Open the TCP Client tab connected to HOST:PORT; each --send is sent after the reply to the previous one (or %1 s).</source>
        <translation>打开 TCP 客户端选项卡并连接到 HOST:PORT；每个 --send 的内容会在收到上一条的回复后（或等待 %1 s 后）发送。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Text to send with --tcp-client, --udp-send or --broadcast-send (UTF-8; escapes such as \n and \x41 are understood). Repeat it to send several messages in order.</source>
        <translation>与 --tcp-client、--udp-send 或 --broadcast-send 一起使用的要发送的文本（UTF-8；支持 \n、\x41 等转义序列）。重复使用此选项可以按顺序发送多条消息。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Open the UDP tab with its receiver bound to ADDR:PORT.</source>
        <translation>打开 UDP 选项卡，其接收方绑定到 ADDR:PORT。</translation>
    </message>
    <message>
        <source>Open the UDP tab sending each --send to HOST:PORT as one datagram, waiting for a reply (or %1 s) between them.</source>
        <translation>打开 UDP 选项卡，把每个 --send 的内容作为一个数据报发送到 HOST:PORT，每两次发送之间等待回复（或等待 %1 s）。</translation>
    </message>
    <message>
        <source>Open the Broadcast tab with a receiver on 0.0.0.0:PORT.</source>
        <translation>打开广播选项卡，并在 0.0.0.0:PORT 上启动接收方。</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Open the Broadcast tab sending each --send to ADDR:PORT (for example 127.255.255.255:9999, which stays on this machine).</source>
        <translation>打开广播选项卡，把每个 --send 的内容发送到 ADDR:PORT（例如 127.255.255.255:9999，它不会离开本机）。</translation>
    </message>
    <message>
        <source>--broadcast-receive takes only a port (0 to 65535), not '%1'; the receiver always listens on 0.0.0.0.</source>
        <translation>--broadcast-receive 只接受端口（0 到 65535），而不是 '%1'；接收方总是在 0.0.0.0 上监听。</translation>
    </message>
    <message>
        <source>--server-mode: '%1' is not a mode; choose one of %2</source>
        <translation>--server-mode：'%1' 不是有效的模式；请从以下选项中选择：%2</translation>
    </message>
    <message>
        <source>--server-mode needs --tcp-server ADDR:PORT</source>
        <translation>--server-mode 需要与 --tcp-server ADDR:PORT 一起使用</translation>
    </message>
    <message>
        <source>give only one of --tcp-client, --udp-send and --broadcast-send: --send belongs to it</source>
        <translation>--tcp-client、--udp-send 和 --broadcast-send 只能指定其中一个：--send 的内容会发给它</translation>
    </message>
    <message>
        <source>--send needs a place to send to: --tcp-client, --udp-send or --broadcast-send</source>
        <translation>--send 需要一个发送目标：--tcp-client、--udp-send 或 --broadcast-send</translation>
    </message>
    <message>
        <source>--send '%1', column %2: %3</source>
        <translation>--send '%1'，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Write every network event to FILE as a capture Wireshark opens (pcapng), packet by packet as it happens; the file is complete after each packet.</source>
        <translation>把每个网络事件写入文件，生成 Wireshark 可以打开的抓包文件（pcapng），事件发生时逐个数据包写入；每写完一个数据包，文件都是完整的。</translation>
    </message>
    <message>
        <source>--pcapng needs a file name</source>
        <translation>--pcapng 需要一个文件名</translation>
    </message>
</context>
</TS>
