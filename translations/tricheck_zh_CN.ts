<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditEvent</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留期限清理</translation>
    </message>
    <message>
        <source>Retention setting</source>
        <translation>保留期限设置</translation>
    </message>
    <message>
        <source>Credential profile added</source>
        <translation>已添加凭据配置</translation>
    </message>
    <message>
        <source>Credential profile changed</source>
        <translation>已修改凭据配置</translation>
    </message>
    <message>
        <source>Credential profile removed</source>
        <translation>已删除凭据配置</translation>
    </message>
    <message>
        <source>Service switched</source>
        <translation>已切换服务</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n attempt(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条核验记录导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n attempt(s) (%1)</source>
        <translation>
            <numerusform>已删除 %n 条核验记录（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention of %1 days deleted %n attempt(s)</source>
        <translation>
            <numerusform>按 %1 天保留期限删除了 %n 条核验记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic deletion of old history turned off</source>
        <translation>已关闭历史记录自动删除</translation>
    </message>
    <message>
        <source>History older than %1 days is deleted automatically</source>
        <translation>超过 %1 天的历史记录将自动删除</translation>
    </message>
    <message>
        <source>Credential profile &quot;%1&quot; added</source>
        <translation>已添加凭据配置“%1”</translation>
    </message>
    <message>
        <source>Credential profile &quot;%1&quot; changed</source>
        <translation>已修改凭据配置“%1”</translation>
    </message>
    <message>
        <source>Credential profile &quot;%1&quot; removed</source>
        <translation>已删除凭据配置“%1”</translation>
    </message>
    <message>
        <source>Switched to the sandbox (%1)</source>
        <translation>已切换到沙箱（%1）</translation>
    </message>
    <message>
        <source>Switched to the real service (%1)</source>
        <translation>已切换到正式服务（%1）</translation>
    </message>
</context>
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
    <name>HistoryColumns</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Mobile (masked)</source>
        <translation>手机号（脱敏）</translation>
    </message>
    <message>
        <source>Name (masked)</source>
        <translation>姓名（脱敏）</translation>
    </message>
    <message>
        <source>ID number (masked)</source>
        <translation>身份证号（脱敏）</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <source>ParamType</source>
        <translation>参数类型</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>BizCode / billing</source>
        <translation>BizCode / 计费</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>SubCode</source>
        <translation>SubCode</translation>
    </message>
    <message>
        <source>BizCode</source>
        <translation>BizCode</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>发送次数</translation>
    </message>
    <message>
        <source>Attempt ID</source>
        <translation>核验 ID</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量任务</translation>
    </message>
    <message>
        <source>Batch row</source>
        <translation>批量行号</translation>
    </message>
    <message>
        <source>Error (%1)</source>
        <translation>错误（%1）</translation>
    </message>
    <message>
        <source>Input rejected</source>
        <translation>输入未通过校验</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>配置错误</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Timed out (outcome unknown)</source>
        <translation>超时（结果未知）</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>请求被限流</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>请求无效</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务端错误</translation>
    </message>
    <message>
        <source>Malformed reply</source>
        <translation>响应格式错误</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Proxy authentication failed</source>
        <translation>代理认证失败</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Real service</source>
        <translation>正式服务</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>tricheck-cli history: unknown subcommand &quot;%1&quot;.</source>
        <translation>tricheck-cli history：未知子命令“%1”。</translation>
    </message>
    <message>
        <source>Usage:
  tricheck-cli history export [--history PATH] [--output FILE|-] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                              [--status pass|mismatch|norecord|error] [--subcode CODE]... [--lang en|zh_CN]
  tricheck-cli history list   [--history PATH] [--limit N] [--json]
  tricheck-cli history stats  [--history PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
  tricheck-cli history purge  --older-than DAYS [--history PATH] [--yes]
  tricheck-cli history audit  [--history PATH] [--json]

The history lives in %1 unless --history or the history/databasePath setting says otherwise.
</source>
        <translation>用法：
  tricheck-cli history export [--history PATH] [--output FILE|-] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                              [--status pass|mismatch|norecord|error] [--subcode CODE]... [--lang en|zh_CN]
  tricheck-cli history list   [--history PATH] [--limit N] [--json]
  tricheck-cli history stats  [--history PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
  tricheck-cli history purge  --older-than DAYS [--history PATH] [--yes]
  tricheck-cli history audit  [--history PATH] [--json]

历史记录保存在 %1，除非通过 --history 或 history/databasePath 设置另行指定。
</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>There is no history database at %1.</source>
        <translation>%1 处没有历史记录数据库。</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot;: use YYYY-MM-DD.</source>
        <translation>日期“%1”无效：请使用 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from 不能晚于 --to。</translation>
    </message>
    <message>
        <source>Exports the history as CSV (UTF-8 with BOM), newest first.</source>
        <translation>将历史记录导出为 CSV（带 BOM 的 UTF-8），最新的在前。</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) or to standard output (-, the default).</source>
        <translation>写入文件 FILE（原子写入），或写到标准输出（-，默认）。</translation>
    </message>
    <message>
        <source>Only attempts with this result: pass, mismatch (also partly inconsistent), partial, norecord, error or unknown. Repeatable.</source>
        <translation>仅导出该结果的核验：pass（一致）、mismatch（不一致，含部分不一致）、partial（部分不一致）、norecord（查无记录）、error（错误）或 unknown（未知）。可重复指定。</translation>
    </message>
    <message>
        <source>Only results with this SubCode, e.g. 201. Repeatable.</source>
        <translation>仅导出该 SubCode 的结果，例如 201。可重复指定。</translation>
    </message>
    <message>
        <source>Language of the header and texts: en or zh_CN.</source>
        <translation>表头和文字的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use pass, mismatch, partial, norecord, error or unknown.</source>
        <translation>未知状态“%1”：请使用 pass、mismatch、partial、norecord、error 或 unknown。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or zh_CN.</source>
        <translation>未知语言“%1”：请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>%1 of %2 attempts</source>
        <translation>%1 / %2 条核验记录</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n attempt(s).</source>
        <translation>
            <numerusform>已导出 %n 条核验记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the newest attempts (masked values only).</source>
        <translation>列出最新的核验记录（仅含脱敏值）。</translation>
    </message>
    <message>
        <source>How many attempts (default 20).</source>
        <translation>显示条数（默认 20）。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit 需要一个正整数。</translation>
    </message>
    <message>
        <source>Counts attempts per SubCode and error kind, billed calls and latency percentiles.</source>
        <translation>按 SubCode 和错误类型统计核验次数、计费次数及耗时百分位数。</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>核验次数：%1</translation>
    </message>
    <message>
        <source>Billed: %1, not billed: %2, billing unknown: %3</source>
        <translation>计费：%1，不计费：%2，计费未知：%3</translation>
    </message>
    <message>
        <source>Latency: p50 %1 ms, p95 %2 ms</source>
        <translation>耗时：p50 %1 毫秒，p95 %2 毫秒</translation>
    </message>
    <message>
        <source>Deletes attempts older than a number of days. The deletion is recorded in the audit trail.</source>
        <translation>删除超过指定天数的核验记录。删除操作会记入审计日志。</translation>
    </message>
    <message>
        <source>Delete attempts that started more than DAYS days ago.</source>
        <translation>删除开始时间早于 DAYS 天前的核验记录。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>不询问确认。</translation>
    </message>
    <message>
        <source>purge needs --older-than DAYS (a positive number of days).</source>
        <translation>purge 需要 --older-than DAYS（正整数天数）。</translation>
    </message>
    <message>
        <source>Refusing to delete history without confirmation: add --yes.</source>
        <translation>未经确认不会删除历史记录：请加上 --yes。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n attempt(s) that started before %1 from %2? This cannot be undone. Type &quot;yes&quot; to confirm: </source>
        <translation>
            <numerusform>从 %2 删除 %1 之前开始的 %n 条核验记录？此操作无法撤销。输入“yes”确认：</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>未删除任何记录。</translation>
    </message>
    <message>
        <source>Shows the audit trail, newest first: exports, purges, retention runs, credential profile changes and service switches.</source>
        <translation>显示审计日志（最新的在前）：导出、清除、保留期限清理、凭据配置变更和服务切换。</translation>
    </message>
    <message>
        <source>The history database (default: the application&apos;s).</source>
        <translation>历史记录数据库（默认为应用程序自己的数据库）。</translation>
    </message>
    <message>
        <source>From this day on (local time).</source>
        <translation>从该日起（本地时间）。</translation>
    </message>
    <message>
        <source>Up to and including this day.</source>
        <translation>截至该日（含当日）。</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>每行输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>export, list, count or purge the verification history; show its audit trail</source>
        <translation>导出、列出、统计或清除核验历史记录；显示审计日志</translation>
    </message>
</context>
<context>
    <name>HistoryError</name>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>无法打开历史记录数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a TriCheck history database. It was not changed.</source>
        <translation>%1 不是 TriCheck 历史记录数据库，文件未作任何改动。</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer version of TriCheck. It was not changed. Update TriCheck to open it.</source>
        <translation>历史记录数据库 %1 由更新版本的 TriCheck 写入，文件未作任何改动。请升级 TriCheck 后再打开。</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2). It was not changed. Restore it from a backup, or move it aside to start a new history.</source>
        <translation>历史记录数据库 %1 已损坏（%2），文件未作任何改动。请从备份恢复，或将其移走以新建历史记录。</translation>
    </message>
    <message>
        <source>The history database %1 cannot be written: the file, its folder or the disk is read-only. Nothing was recorded.</source>
        <translation>无法写入历史记录数据库 %1：文件、所在文件夹或磁盘为只读。本次未记录任何内容。</translation>
    </message>
    <message>
        <source>The disk that holds the history database %1 is full. Nothing was recorded; free some space and try again.</source>
        <translation>历史记录数据库 %1 所在磁盘已满，本次未记录任何内容。请释放空间后重试。</translation>
    </message>
    <message>
        <source>The history database %1 is locked by another program. Nothing was recorded; try again in a moment.</source>
        <translation>历史记录数据库 %1 被其他程序锁定，本次未记录任何内容。请稍后重试。</translation>
    </message>
    <message>
        <source>Reading or writing the history database %1 failed (%2).</source>
        <translation>读写历史记录数据库 %1 失败（%2）。</translation>
    </message>
    <message>
        <source>A history database operation failed: %1</source>
        <translation>历史记录数据库操作失败：%1</translation>
    </message>
    <message>
        <source>schema version %1, this version of TriCheck knows up to %2</source>
        <translation>结构版本 %1，当前 TriCheck 最高支持 %2</translation>
    </message>
    <message>
        <source>(Schema version %1; this version knows up to %2.)</source>
        <translation>（结构版本 %1；当前版本最高支持 %2。）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>write-ahead logging unavailable (%1)</source>
        <translation>无法启用预写日志（%1）</translation>
    </message>
    <message>
        <source>This attempt is already in the history database %1; it was not recorded twice.</source>
        <translation>此次核验已在历史记录数据库 %1 中，未重复记录。</translation>
    </message>
</context>
<context>
    <name>HistoryFormatter</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The retention period must be at least one day.</source>
        <translation>保留期限至少为一天。</translation>
    </message>
    <message>
        <source>No date was given for the purge.</source>
        <translation>未指定清除的截止日期。</translation>
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
</TS>
