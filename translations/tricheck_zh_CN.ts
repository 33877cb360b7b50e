<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CarrierInfo</name>
    <message>
        <source>China Mobile</source>
        <translation>中国移动</translation>
    </message>
    <message>
        <source>China Unicom</source>
        <translation>中国联通</translation>
    </message>
    <message>
        <source>China Telecom</source>
        <translation>中国电信</translation>
    </message>
    <message>
        <source>China Broadnet</source>
        <translation>中国广电</translation>
    </message>
    <message>
        <source>Unknown carrier</source>
        <translation>未知运营商</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>validate a mobile number, name and ID number offline; nothing is sent</source>
        <translation>离线校验手机号、姓名和身份证号，不发送任何数据</translation>
    </message>
    <message>
        <source>Mobile number (11 digits; +86 is removed).</source>
        <translation>手机号（11 位，自动去掉 +86）。</translation>
    </message>
    <message>
        <source>Name as on the ID card.</source>
        <translation>与身份证一致的姓名。</translation>
    </message>
    <message>
        <source>18-character resident ID number.</source>
        <translation>18 位居民身份证号码。</translation>
    </message>
    <message>
        <source>Accept pre-computed MD5 digests (ParamType md5).</source>
        <translation>接受预先计算的 MD5 摘要（ParamType md5）。</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Exit status:
  0    a verification result (any BizCode), or the command completed
  2    usage or input validation error, or a bad file
  3    the service returned an error
  4    network, TLS or timeout error
  5    no usable credentials
  130  interrupted (SIGINT); a batch stays resumable
</source>
        <translation>退出状态：
  0    得到核验结果（任意 BizCode），或命令执行完成
  2    用法错误、输入校验失败或文件有误
  3    服务返回错误
  4    网络、TLS 或超时错误
  5    没有可用的凭据
  130  被中断（SIGINT）；批量任务可以继续
</translation>
    </message>
    <message>
        <source>Usage: tricheck-cli &lt;command&gt; [options]
       tricheck-cli --version | --help

Verifies that a mainland China mobile number, a name and a resident ID number belong together (Alibaba Cloud Mobile3MetaVerifyIntl).

Commands:
</source>
        <translation>用法：tricheck-cli &lt;命令&gt; [选项]
      tricheck-cli --version | --help

核验中国大陆手机号、姓名与居民身份证号是否属于同一人（阿里云 Mobile3MetaVerifyIntl）。

命令：
</translation>
    </message>
    <message>
        <source>Run &apos;tricheck-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>运行“tricheck-cli &lt;命令&gt; --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>tricheck-cli: unknown command &quot;%1&quot;.</source>
        <translation>tricheck-cli：未知命令“%1”。</translation>
    </message>
    <message>
        <source>Run &apos;tricheck-cli --help&apos; for the list of commands.</source>
        <translation>运行“tricheck-cli --help”查看命令列表。</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not an endpoint: use hongkong, hongkong-vpc or an https:// URL.</source>
        <translation>“%1”不是有效的接入点：请使用 hongkong、hongkong-vpc 或 https:// 地址。</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot;: use https://.</source>
        <translation>不支持的地址协议“%1”：请使用 https://。</translation>
    </message>
    <message>
        <source>The endpoint URL has no host.</source>
        <translation>接入点地址缺少主机名。</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (127.0.0.1); use https:// for %1.</source>
        <translation>明文 http:// 只允许连接本机（127.0.0.1）；连接 %1 请使用 https://。</translation>
    </message>
    <message>
        <source>Alibaba Cloud Hong Kong</source>
        <translation>阿里云中国香港</translation>
    </message>
    <message>
        <source>Alibaba Cloud Hong Kong (VPC)</source>
        <translation>阿里云中国香港（VPC）</translation>
    </message>
</context>
<context>
    <name>FaultOptions</name>
    <message>
        <source>&quot;%1&quot; is not a latency: give N or MIN-MAX milliseconds, from 0 to %2</source>
        <translation>“%1”不是有效的延迟：请给出 N 或 MIN-MAX 毫秒，取值 0 至 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate: give a number from 0 to 1</source>
        <translation>“%1”不是有效的比例：请给出 0 至 1 之间的数</translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>Mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号。</translation>
    </message>
    <message>
        <source>A mobile number has digits only (found &quot;%1&quot;).</source>
        <translation>手机号只能包含数字（发现“%1”）。</translation>
    </message>
    <message>
        <source>A mainland mobile number has 11 digits (this one has %1).</source>
        <translation>中国大陆手机号为 11 位（当前为 %1 位）。</translation>
    </message>
    <message>
        <source>This is not a mainland China mobile number range (prefix %1).</source>
        <translation>该号段（%1）不是中国大陆手机号段。</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number; only 18-character second-generation numbers can be verified.</source>
        <translation>这是旧版 15 位身份证号，只能核验 18 位的第二代身份证号。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters (this one has %1).</source>
        <translation>居民身份证号为 18 位（当前为 %1 位）。</translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X (found &quot;%1&quot;).</source>
        <translation>身份证号由 17 位数字加 1 位数字或 X 组成（发现“%1”）。</translation>
    </message>
    <message>
        <source>The first two digits (%1) are not a mainland province code.</source>
        <translation>前两位（%1）不是中国大陆省级行政区代码。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real calendar date.</source>
        <translation>身份证号中的出生日期（%1）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is before 1900.</source>
        <translation>身份证号中的出生日期（%1）早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future.</source>
        <translation>身份证号中的出生日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The check character is wrong: the last character should be %1. Check the number for typos.</source>
        <translation>校验码不正确：最后一位应为 %1。请检查号码是否输错。</translation>
    </message>
    <message>
        <source>Region code %1 belongs to Hong Kong, Macao or Taiwan; only mainland resident ID cards can be verified.</source>
        <translation>地区代码 %1 属于港澳台地区；本服务只能核验中国大陆居民身份证。</translation>
    </message>
    <message>
        <source>Area code %1 is not in the list of known area codes; check the first six digits.</source>
        <translation>地址码 %1 不在已知行政区划代码中，请检查前六位。</translation>
    </message>
    <message>
        <source>A name has at most 64 characters (this one has %1).</source>
        <translation>姓名最多 64 个字符（当前为 %1 个）。</translation>
    </message>
    <message>
        <source>A name cannot contain digits.</source>
        <translation>姓名不能包含数字。</translation>
    </message>
    <message>
        <source>The name contains an invisible control character; retype it.</source>
        <translation>姓名中含有不可见的控制字符，请重新输入。</translation>
    </message>
    <message>
        <source>A name can contain Chinese characters, Latin letters, spaces and the middle dot · (found &quot;%1&quot;).</source>
        <translation>姓名只能包含汉字、拉丁字母、空格和间隔号 ·（发现“%1”）。</translation>
    </message>
    <message>
        <source>A name needs at least one Chinese character or letter.</source>
        <translation>姓名至少要有一个汉字或字母。</translation>
    </message>
    <message>
        <source>A middle dot can only stand between two parts of a name.</source>
        <translation>间隔号只能位于姓名的两部分之间。</translation>
    </message>
    <message>
        <source>This value already is an MD5 digest and will be sent as it is.</source>
        <translation>该值已是 MD5 摘要，将原样发送。</translation>
    </message>
    <message>
        <source>Unrecognised input.</source>
        <translation>无法识别的输入。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TriCheck</source>
        <translation>TriCheck</translation>
    </message>
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
        <source>&amp;About TriCheck</source>
        <translation>关于 TriCheck(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>unexpected character after a closing quote</source>
        <translation>右引号后出现了多余的字符</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>未加引号的字段中含有引号（请用引号括起整个字段）</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段直到文件末尾都没有闭合</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>文本不是有效的 UTF-8 编码</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header %1</source>
        <translation>文件为空；第一行必须是表头 %1</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the header must be %2</source>
        <translation>未知的列“%1”；表头必须是 %2</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>列“%1”出现了两次</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>表头缺少“%1”列</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>the mobile number must be 11 digits starting with 1</source>
        <translation>手机号必须是以 1 开头的 11 位数字</translation>
    </message>
    <message>
        <source>the name must be 1 to 64 characters without control characters</source>
        <translation>姓名必须为 1 至 64 个字符，且不含控制字符</translation>
    </message>
    <message>
        <source>the ID number must be 17 digits followed by a digit or X</source>
        <translation>身份证号必须是 17 位数字加一位数字或 X</translation>
    </message>
    <message>
        <source>the carrier must be CMCC, CUCC or CTCC</source>
        <translation>运营商必须是 CMCC、CUCC 或 CTCC</translation>
    </message>
    <message>
        <source>the status must be &quot;active&quot; or &quot;other&quot; (or empty)</source>
        <translation>状态必须是“active”或“other”（或留空）</translation>
    </message>
    <message>
        <source>the mobile number is already listed on line %1</source>
        <translation>该手机号已在第 %1 行出现</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB</source>
        <translation>%1 超过 64 MiB</translation>
    </message>
</context>
<context>
    <name>ResultCatalogue</name>
    <message>
        <source>Consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>The name and the ID number both match the registration of this mobile number.</source>
        <translation>姓名和身份证号均与该手机号的登记信息一致。</translation>
    </message>
    <message>
        <source>Name and ID number do not match</source>
        <translation>姓名和身份证号均不一致</translation>
    </message>
    <message>
        <source>Neither the name nor the ID number matches the registration of this mobile number.</source>
        <translation>姓名和身份证号均与该手机号的登记信息不一致。</translation>
    </message>
    <message>
        <source>Name matches, ID number does not</source>
        <translation>姓名一致，身份证号不一致</translation>
    </message>
    <message>
        <source>The name matches the registration of this mobile number, but the ID number does not.</source>
        <translation>姓名与该手机号的登记信息一致，但身份证号不一致。</translation>
    </message>
    <message>
        <source>ID number matches, name does not</source>
        <translation>身份证号一致，姓名不一致</translation>
    </message>
    <message>
        <source>The ID number matches the registration of this mobile number, but the name does not.</source>
        <translation>身份证号与该手机号的登记信息一致，但姓名不一致。</translation>
    </message>
    <message>
        <source>Other inconsistency</source>
        <translation>其他不一致</translation>
    </message>
    <message>
        <source>The three values are inconsistent for another reason, for example the number is not in normal use.</source>
        <translation>三项信息因其他原因不一致，例如该号码未处于正常使用状态。</translation>
    </message>
    <message>
        <source>No record</source>
        <translation>查无记录</translation>
    </message>
    <message>
        <source>The operator has no record for this mobile number. This result is not billed.</source>
        <translation>运营商没有该手机号的记录。此结果不计费。</translation>
    </message>
    <message>
        <source>No result code</source>
        <translation>无结果码</translation>
    </message>
    <message>
        <source>Unknown result %1</source>
        <translation>未知结果 %1</translation>
    </message>
    <message>
        <source>The service answered with a result code that TriCheck does not know. Check the RequestId with Alibaba Cloud support before relying on this result.</source>
        <translation>服务返回了 TriCheck 无法识别的结果码。请先凭 RequestId 向阿里云技术支持核实，再采用此结果。</translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>No record found</source>
        <translation>查无记录</translation>
    </message>
    <message>
        <source>No business code</source>
        <translation>无业务码</translation>
    </message>
    <message>
        <source>Unknown business code %1</source>
        <translation>未知业务码 %1</translation>
    </message>
    <message>
        <source>Partly inconsistent</source>
        <translation>部分不一致</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Billing unknown</source>
        <translation>计费情况未知</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Not billed</source>
        <translation>不计费</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>run the local sandbox endpoint (fictitious people, no billing)</source>
        <translation>运行本地沙箱接入点（虚构人员，不计费）</translation>
    </message>
    <message>
        <source>A faithful local Mobile3MetaVerifyIntl service for training and tests: it checks V3 and V1 signatures, timestamps, nonces and the QPS limit as the real service does, and answers from a registry of fictitious people. It listens on a loopback address only. Without --key it accepts the demo AccessKey pair %1 / %2. When ready it prints one JSON line on stdout: {&quot;event&quot;:&quot;listening&quot;,&quot;url&quot;:…,&quot;keys&quot;:[…]}.</source>
        <translation>一个忠实还原 Mobile3MetaVerifyIntl 的本地服务，用于培训和测试：它像真实服务一样校验 V3 和 V1 签名、时间戳、随机数（nonce）和 QPS 限制，并根据虚构人员名册作答。它只监听回环地址。未指定 --key 时，接受演示 AccessKey 对 %1 / %2。就绪后在标准输出打印一行 JSON：{&quot;event&quot;:&quot;listening&quot;,&quot;url&quot;:…,&quot;keys&quot;:[…]}。</translation>
    </message>
    <message>
        <source>Loopback address to listen on (default 127.0.0.1; ::1 and localhost work too).</source>
        <translation>监听的回环地址（默认 127.0.0.1；也可用 ::1 和 localhost）。</translation>
    </message>
    <message>
        <source>TCP port; 0 (the default) picks a free port.</source>
        <translation>TCP 端口；0（默认）表示自动选择空闲端口。</translation>
    </message>
    <message>
        <source>Write the port number to FILE once listening (removed on exit).</source>
        <translation>开始监听后将端口号写入 FILE（退出时删除）。</translation>
    </message>
    <message>
        <source>Registry CSV (mobile,name,id_number,carrier,status) instead of the built-in demo people.</source>
        <translation>使用名册 CSV（mobile,name,id_number,carrier,status）代替内置的演示人员。</translation>
    </message>
    <message>
        <source>An AccessKey to accept, optionally an STS token; repeatable. Replaces the demo key.</source>
        <translation>要接受的 AccessKey，可附带 STS 令牌；可重复指定。指定后不再接受演示密钥。</translation>
    </message>
    <message>
        <source>Requests per second per AccessKey before Throttling.Api (default 50; 0: no limit).</source>
        <translation>每个 AccessKey 每秒允许的请求数，超出即返回 Throttling.Api（默认 50；0 表示不限）。</translation>
    </message>
    <message>
        <source>Accepted difference between a request&apos;s timestamp and the sandbox clock (default 900).</source>
        <translation>请求时间戳与沙箱时钟之间允许的偏差秒数（默认 900）。</translation>
    </message>
    <message>
        <source>Delay every reply by N milliseconds, or by a random MIN-MAX.</source>
        <translation>每个应答延迟 N 毫秒，或在 MIN-MAX 之间随机延迟。</translation>
    </message>
    <message>
        <source>Share of requests answered 503 ServiceUnavailable (0 to 1).</source>
        <translation>以 503 ServiceUnavailable 应答的请求比例（0 至 1）。</translation>
    </message>
    <message>
        <source>Share of connections closed without a reply (0 to 1).</source>
        <translation>不作应答直接关闭连接的比例（0 至 1）。</translation>
    </message>
    <message>
        <source>Share of replies whose body is cut short (0 to 1).</source>
        <translation>应答正文被截断的比例（0 至 1）。</translation>
    </message>
    <message>
        <source>Stop after N seconds.</source>
        <translation>N 秒后停止。</translation>
    </message>
    <message>
        <source>Print one JSON line per request received (no personal data).</source>
        <translation>每收到一个请求打印一行 JSON（不含个人数据）。</translation>
    </message>
    <message>
        <source>Seed for the fault injection&apos;s random choices (reproducible runs).</source>
        <translation>故障注入随机选择所用的种子（便于复现）。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>refusing to bind to %1: the sandbox listens on loopback addresses only (127.0.0.0/8 or ::1).</source>
        <translation>拒绝绑定到 %1：沙箱只监听回环地址（127.0.0.0/8 或 ::1）。</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port 必须是 0 至 65535 之间的数。</translation>
    </message>
    <message>
        <source>the registry %1 was refused: %2</source>
        <translation>名册 %1 被拒绝：%2</translation>
    </message>
    <message>
        <source>--key must be ID:SECRET or ID:SECRET:STS_TOKEN.</source>
        <translation>--key 的格式必须是 ID:SECRET 或 ID:SECRET:STS_TOKEN。</translation>
    </message>
    <message>
        <source>the AccessKey ID %1 is given twice.</source>
        <translation>AccessKey ID %1 重复指定。</translation>
    </message>
    <message>
        <source>--qps must be a number from 0 to 1000000.</source>
        <translation>--qps 必须是 0 至 1000000 之间的数。</translation>
    </message>
    <message>
        <source>--max-skew-seconds must be a number from 0 to 31622400.</source>
        <translation>--max-skew-seconds 必须是 0 至 31622400 之间的数。</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation>--seed 必须是非负数。</translation>
    </message>
    <message>
        <source>--max-seconds must be a number from 1 to %1.</source>
        <translation>--max-seconds 必须是 1 至 %1 之间的数。</translation>
    </message>
    <message>
        <source>cannot write the port file %1: %2</source>
        <translation>无法写入端口文件 %1：%2</translation>
    </message>
    <message>
        <source>Sandbox listening on %1 with the demo AccessKey %2 / %3. Press Ctrl+C to stop.</source>
        <translation>沙箱正在 %1 监听，使用演示 AccessKey %2 / %3。按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Sandbox listening on %1, accepting the AccessKey IDs %2. Press Ctrl+C to stop.</source>
        <translation>沙箱正在 %1 监听，接受的 AccessKey ID：%2。按 Ctrl+C 停止。</translation>
    </message>
</context>
<context>
    <name>VerifyForm</name>
    <message>
        <source>&amp;Mobile number:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <source>11 digits, e.g. 13800138000</source>
        <translation>11 位数字，例如 13800138000</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Name as on the ID card</source>
        <translation>与身份证一致的姓名</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>18 characters, the last may be X</source>
        <translation>18 位，最后一位可以是 X</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::MainWindow</name>
    <message>
        <source>TriCheck — mobile, name and ID verification</source>
        <translation>TriCheck — 手机号三要素核验</translation>
    </message>
    <message>
        <source>About TriCheck</source>
        <translation>关于 TriCheck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TriCheck %1&lt;/h3&gt;&lt;p&gt;Checks that a mainland China mobile number, a name and a resident ID number belong together, with Alibaba Cloud ID Verification (Mobile3MetaVerifyIntl).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TriCheck %1&lt;/h3&gt;&lt;p&gt;通过阿里云身份核验服务（Mobile3MetaVerifyIntl）核验中国大陆手机号、姓名与居民身份证号是否属于同一人。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::VerifyForm</name>
    <message>
        <source>Expected carrier: %1 (numbers can be ported; the result shows the actual one)</source>
        <translation>预计运营商：%1（号码可携号转网，以核验结果为准）</translation>
    </message>
</context>
<context>
    <name>tricheck::sandbox::SandboxServer</name>
    <message>
        <source>The sandbox listens on loopback addresses only (127.0.0.1, ::1); %1 is not one.</source>
        <translation>沙箱只监听回环地址（127.0.0.1、::1）；%1 不是回环地址。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
</context>
</TS>
