<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AliyunConfigReader</name>
    <message>
        <source>The aliyun CLI configuration %1 does not exist.</source>
        <translation>aliyun CLI 配置文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration %1 cannot be read: %2</source>
        <translation>无法读取 aliyun CLI 配置文件 %1：%2</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration %1 is larger than 1 MiB; it is not read.</source>
        <translation>aliyun CLI 配置文件 %1 超过 1 MiB，不予读取。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration %1 is not valid JSON (%2 at byte %3).</source>
        <translation>aliyun CLI 配置文件 %1 不是有效的 JSON（第 %3 字节处：%2）。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration %1 has no &quot;profiles&quot; list; it is not a config.json of the aliyun CLI.</source>
        <translation>aliyun CLI 配置文件 %1 中没有 &quot;profiles&quot; 列表，不是 aliyun CLI 的 config.json。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no credential mode.</source>
        <translation>配置 &quot;%1&quot; 未指定凭据模式。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses mode %2, which TriCheck does not support: only AK and StsToken profiles can be used (other modes need a token exchange TriCheck does not make).</source>
        <translation>配置 &quot;%1&quot; 使用 %2 模式，TriCheck 不支持：仅可使用 AK 和 StsToken 模式的配置（其他模式需要换取令牌，TriCheck 不进行此类调用）。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; lacks access_key_id or access_key_secret.</source>
        <translation>配置 &quot;%1&quot; 缺少 access_key_id 或 access_key_secret。</translation>
    </message>
    <message>
        <source>StsToken profile &quot;%1&quot; lacks sts_token.</source>
        <translation>StsToken 配置 &quot;%1&quot; 缺少 sts_token。</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Sorted by</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Days kept</source>
        <translation>保留天数</translation>
    </message>
    <message>
        <source>Deleted before</source>
        <translation>删除此时间之前的记录</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>Days kept before</source>
        <translation>原保留天数</translation>
    </message>
    <message>
        <source>Days kept now</source>
        <translation>现保留天数</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Confirmed by the operator</source>
        <translation>经操作员确认</translation>
    </message>
    <message>
        <source>Credentials from</source>
        <translation>凭据来源</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>每月预算</translation>
    </message>
    <message>
        <source>Price per check</source>
        <translation>每次核验单价</translation>
    </message>
    <message>
        <source>Hard stop</source>
        <translation>硬性上限</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Rows within the budget</source>
        <translation>预算内的行数</translation>
    </message>
    <message>
        <source>Used this month</source>
        <translation>本月已用</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Billed this month</source>
        <translation>本月已计费</translation>
    </message>
    <message>
        <source>Billing unknown this month</source>
        <translation>本月计费未知</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Event kinds</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>SubCodes</source>
        <translation>SubCode</translation>
    </message>
    <message>
        <source>Error kinds</source>
        <translation>错误类型</translation>
    </message>
    <message>
        <source>Reference contains</source>
        <translation>业务编号包含</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量任务</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>核验记录</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选择范围</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留期限</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>凭据配置</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>策略文件</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>升序</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>降序</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a detail inside a detail</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Every attempt</source>
        <translation>全部核验记录</translation>
    </message>
    <message>
        <source>Attempts older than a date</source>
        <translation>早于某日期的核验记录</translation>
    </message>
    <message>
        <source>Selected attempts</source>
        <translation>所选核验记录</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
</context>
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
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>核验记录数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Policy problem</source>
        <translation>策略问题</translation>
    </message>
    <message numerus="yes">
        <source>The policy %1 has %n problem(s): every setting was locked</source>
        <translation>
            <numerusform>策略 %1 有 %n 个问题：所有设置均已锁定</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget changed</source>
        <translation>预算已更改</translation>
    </message>
    <message>
        <source>Budget overridden</source>
        <translation>已超出预算发送</translation>
    </message>
    <message>
        <source>Budget set to %1</source>
        <translation>预算设为 %1</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 sent with %n row(s) that may go past the monthly budget</source>
        <translation>
            <numerusform>批次 %1 已发送 %n 行，可能超出月度预算</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条审计事件导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Switched to the real service (%1), confirmed by the operator for AccessKey %2</source>
        <translation>已切换到正式服务（%1），操作员已确认使用 AccessKey %2</translation>
    </message>
    <message>
        <source>Fingerprint key exported</source>
        <translation>已导出指纹密钥</translation>
    </message>
    <message>
        <source>Fingerprint key imported</source>
        <translation>已导入指纹密钥</translation>
    </message>
    <message>
        <source>Lost answers settled</source>
        <translation>丢失的应答已结清</translation>
    </message>
    <message>
        <source>Fingerprint key %1 exported to %2</source>
        <translation>指纹密钥 %1 已导出到 %2</translation>
    </message>
    <message>
        <source>Fingerprint key %1 imported from %2</source>
        <translation>指纹密钥 %1 已从 %2 导入</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left in flight by a TriCheck that ended settled as &quot;outcome unknown — may have been billed&quot;</source>
        <translation>
            <numerusform>%n 次由已结束的 TriCheck 留下的在途核验已记为“结果未知 — 可能已计费”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>The audit log cannot be written to %1: %2</source>
        <translation>无法将审计日志写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>The file&apos;s encoding: auto (the default: UTF-8 with or without BOM, else GB18030), utf-8 or gb18030 (also reads GBK).</source>
        <translation>文件编码：auto（默认：带或不带 BOM 的 UTF-8，否则按 GB18030）、utf-8 或 gb18030（也可读取 GBK）。</translation>
    </message>
    <message>
        <source>The field delimiter: auto (the default: detected from the first line), comma, semicolon or tab.</source>
        <translation>字段分隔符：auto（默认：根据第一行识别）、comma（逗号）、semicolon（分号）或 tab（制表符）。</translation>
    </message>
    <message>
        <source>The file has no header row: the columns are mobile, name, ID number, reference, unless chosen with --column.</source>
        <translation>文件没有表头行：除非用 --column 指定，各列依次为手机号、姓名、身份证号、业务编号。</translation>
    </message>
    <message>
        <source>Choose a column for a field instead of recognising the header: mobile=COLUMN, name=…, id_number=…, reference=…; COLUMN is a header name or a position from 1. Repeatable.</source>
        <translation>为字段指定列，而不是根据表头识别：mobile=列、name=…、id_number=…、reference=…；列可以是表头名称，也可以是从 1 开始的列序号。可重复指定。</translation>
    </message>
    <message>
        <source>Requests per second at most (the account&apos;s limit; default %1 from the settings). 0: no limit, for the sandbox.</source>
        <translation>每秒最多请求数（账号的限额；默认取自设置：%1）。0 表示不限，用于沙箱。</translation>
    </message>
    <message>
        <source>Requests in flight at most, 1 to 64 (default %1 from the settings).</source>
        <translation>同时进行的请求数上限，1 到 64（默认取自设置：%1）。</translation>
    </message>
    <message>
        <source>Resume this batch (its id is printed when it starts): rows already answered are never sent again.</source>
        <translation>继续此批次（批次开始时会输出其 ID）：已得到应答的行绝不会再次发送。</translation>
    </message>
    <message>
        <source>With --resume: also send again the rows whose outcome is unknown (in flight when the batch stopped, or timed out after sending). They may have been billed already: a second request may be billed again.</source>
        <translation>与 --resume 一起使用：同时重新发送结果未知的行（批次停止时正在发送，或发送后超时）。这些行可能已经计费：再次请求可能再次计费。</translation>
    </message>
    <message>
        <source>Draw a progress line on stderr (counts, rate, time left).</source>
        <translation>在标准错误输出上显示进度行（计数、速率、剩余时间）。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or gb18030, not &quot;%1&quot;.</source>
        <translation>--encoding 只能是 auto、utf-8 或 gb18030，不能是“%1”。</translation>
    </message>
    <message>
        <source>--delimiter must be auto, comma, semicolon or tab, not &quot;%1&quot;.</source>
        <translation>--delimiter 只能是 auto、comma、semicolon 或 tab，不能是“%1”。</translation>
    </message>
    <message>
        <source>--column needs FIELD=COLUMN with FIELD one of mobile, name, id_number, reference (not &quot;%1&quot;).</source>
        <translation>--column 需要 字段=列 的形式，字段为 mobile、name、id_number 或 reference 之一（而不是“%1”）。</translation>
    </message>
    <message>
        <source>--qps must be a number from 0 (no limit) to 10000.</source>
        <translation>--qps 必须是 0（不限）到 10000 之间的数。</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 64.</source>
        <translation>--concurrency 必须是 1 到 64 之间的数。</translation>
    </message>
    <message>
        <source>--resend-unknown is for a resumed batch (--resume BATCH_ID).</source>
        <translation>--resend-unknown 只用于继续批次（--resume BATCH_ID）。</translation>
    </message>
    <message>
        <source>--output needs a file path (standard output carries the JSON summary).</source>
        <translation>--output 需要一个文件路径（标准输出用于 JSON 汇总）。</translation>
    </message>
    <message>
        <source>Batch %1 was started with --encoding %2; resume it the same way.</source>
        <translation>批次 %1 开始时使用了 --encoding %2；请以同样方式继续。</translation>
    </message>
    <message>
        <source>Line %1: not sent: %2</source>
        <translation>第 %1 行：未发送：%2</translation>
    </message>
    <message>
        <source>Line %1: the same as line %2, sent once.</source>
        <translation>第 %1 行：与第 %2 行相同，只发送一次。</translation>
    </message>
    <message>
        <source>%1/%2 · pass %3 · mismatch %4 · no record %5 · errors %6 · unknown %7 · billed %8 · %9/s · ETA %10</source>
        <translation>%1/%2 · 一致 %3 · 不一致 %4 · 查无记录 %5 · 错误 %6 · 未知 %7 · 计费 %8 · %9/秒 · 剩余 %10</translation>
    </message>
    <message>
        <source>Interrupted (%1) before anything was sent.</source>
        <translation>在发送任何请求之前被中断（%1）。</translation>
    </message>
    <message>
        <source>
Stopping: waiting for the %1 requests in flight to be answered and recorded (press Ctrl+C again to stop waiting; their outcome is then unknown).</source>
        <translation>
正在停止：等待正在进行的 %1 个请求得到应答并记录（再按一次 Ctrl+C 可停止等待；这些请求的结果将为未知）。</translation>
    </message>
    <message>
        <source>%1 rows with an unknown outcome will be sent again (--resend-unknown); they may be billed twice.</source>
        <translation>将重新发送 %1 个结果未知的行（--resend-unknown）；它们可能被计费两次。</translation>
    </message>
    <message>
        <source>Line %1: outcome unknown — may have been billed (it was in flight when the batch stopped). Not sent again; --resend-unknown sends it again.</source>
        <translation>第 %1 行：结果未知——可能已计费（批次停止时该行正在发送）。不会重新发送；使用 --resend-unknown 可重新发送。</translation>
    </message>
    <message>
        <source>Batch %1: sending at most %2 requests per second, %3 at a time.</source>
        <translation>批次 %1：每秒最多发送 %2 个请求，同时最多 %3 个。</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>The history database that records every attempt and the batch&apos;s journal: a file, or postgresql://USER@HOST:PORT/DB (default: the settings&apos; history).</source>
        <translation>记录每次核验及批量日志的历史记录数据库：文件，或 postgresql://USER@HOST:PORT/DB（默认：设置中的历史记录）。</translation>
    </message>
    <message>
        <source>Resume it with:
  %1
or start it again with --new-batch.</source>
        <translation>继续该批次：
  %1
或加上 --new-batch 重新开始。</translation>
    </message>
    <message>
        <source>The batch is kept in the journal. Resume it with:
  %1</source>
        <translation>批次保留在日志中。继续该批次：
  %1</translation>
    </message>
    <message>
        <source>Start the file as a new batch even though it was verified before (the same bytes): every row is sent again and may be billed again. Without it such a file is refused with the earlier batch&apos;s id, to resume instead.</source>
        <translation>即使文件之前已核验过（字节完全相同），也作为新批次开始：每一行都会再次发送，并可能再次计费。不加此参数时，这样的文件会被拒绝，并给出之前批次的编号以便继续该批次。</translation>
    </message>
    <message>
        <source>--new-batch and --resume cannot be used together.</source>
        <translation>--new-batch 与 --resume 不能同时使用。</translation>
    </message>
    <message numerus="yes">
        <source>Rows answered in the last %n day(s) are not sent again: their earlier results and RequestIds are reported instead.</source>
        <translation>
            <numerusform>最近 %n 天内已得到应答的行不再发送：改为报告之前的结果和 RequestId。</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not send a row whose mobile, name and ID number the same kind of service answered (BizCode 1, 2 or 3) within the last N days: its earlier result and RequestId are reported instead, and nothing is billed for it. 0 sends every row (default %1 from the settings).</source>
        <translation>同类服务（沙箱或真实服务）在最近 N 天内已对其手机号、姓名和身份证号给出应答（BizCode 1、2 或 3）的行不再发送：改为报告之前的结果和 RequestId，这一行不产生任何计费。0 表示发送每一行（默认值 %1，来自设置）。</translation>
    </message>
    <message>
        <source>--skip-verified-days must be a number of days from 0 (send every row) to %1.</source>
        <translation>--skip-verified-days 必须是 0（发送每一行）到 %1 之间的天数。</translation>
    </message>
    <message>
        <source>%1 rows: %2 to send, %3 invalid, %4 duplicates (%5).</source>
        <translation>%1 行：待发送 %2 行，无效 %3 行，重复 %4 行（%5）。</translation>
    </message>
    <message>
        <source>The CSV file or Excel workbook (.xlsx) to verify (required, also with --resume: the same file). A workbook is recognised by its content, whatever its name.</source>
        <translation>要核验的 CSV 文件或 Excel 工作簿（.xlsx）（必填；使用 --resume 时也须指定同一个文件）。工作簿按内容识别，与文件名无关。</translation>
    </message>
    <message>
        <source>The worksheet of an Excel workbook to read (default: the first one). A resumed batch reads the worksheet it was started with.</source>
        <translation>要读取的 Excel 工作簿中的工作表（默认：第一个）。继续的批次读取它开始时所用的工作表。</translation>
    </message>
    <message>
        <source>Write the results to this file: one row per input row (line, status, masked values, reference, BizCode, SubCode, IspName, billed, RequestId, error kind and code). An Excel workbook when the name ends in .xlsx, else CSV in the history export&apos;s format.</source>
        <translation>将结果写入此文件：每个输入行对应一行（行号、状态、脱敏值、备注、BizCode、SubCode、IspName、是否计费、RequestId、错误类型和错误码）。文件名以 .xlsx 结尾时写成 Excel 工作簿，否则写成与历史记录导出格式相同的 CSV。</translation>
    </message>
    <message>
        <source>--input FILE.csv (or FILE.xlsx) is required.</source>
        <translation>必须指定 --input FILE.csv（或 FILE.xlsx）。</translation>
    </message>
    <message>
        <source>--sheet needs the name of a worksheet.</source>
        <translation>--sheet 需要一个工作表名称。</translation>
    </message>
    <message numerus="yes">
        <source>Add --within-budget to send the %n row(s) that fit.</source>
        <translation>
            <numerusform>添加 --within-budget 以发送预算内的 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>When the batch could go past this month&apos;s budget: send rows only while the budget allows, then stop (exit status 6; the rest stays pending to resume).</source>
        <translation>当批次可能超出本月预算时：仅在预算允许范围内发送，然后停止（退出状态 6；其余行保持待发送，可恢复）。</translation>
    </message>
    <message>
        <source>When the batch could go past this month&apos;s budget: send every row anyway (recorded in the audit log). Refused when the budget has a hard stop.</source>
        <translation>当批次可能超出本月预算时：仍发送所有行（记入审计日志）。预算设有硬性上限时拒绝。</translation>
    </message>
    <message>
        <source>--within-budget and --over-budget cannot be used together.</source>
        <translation>--within-budget 与 --over-budget 不能同时使用。</translation>
    </message>
    <message>
        <source>The file: CSV (RFC 4180), or an Excel workbook (.xlsx: its first worksheet, or --sheet), with a header row naming the columns in English or Chinese (mobile/phone/手机号/手机号码, name/姓名, id/id_number/身份证号/身份证号码, optional reference/备注/案件号). Every row is validated first: invalid rows are listed with their line (a worksheet&apos;s row number) and never sent; rows repeating the same mobile, name and ID number are sent once. In a workbook, an ID number stored as a number has lost its last digits: such rows are refused (format the column as text).

Output: {&quot;event&quot;:&quot;started&quot;,&quot;batchId&quot;,…} when sending starts, then as the last line a summary:
  {&quot;batchId&quot;,&quot;rows&quot;,&quot;invalid&quot;,&quot;duplicates&quot;,&quot;sent&quot;,&quot;pass&quot;,&quot;mismatch&quot;,&quot;norecord&quot;,
   &quot;errors&quot;,&quot;unknown&quot;,&quot;billed&quot;,&quot;skipped&quot;,&quot;seconds&quot;}
counting the whole batch (all runs of it). Errors before a batch exists: {&quot;error&quot;:{…}}.

Resume: every row is journaled in the history before it is sent. After a crash, a kill or Ctrl+C, run the same command with --resume BATCH_ID: answered rows are never sent again; rows that were in flight are reported as &quot;outcome unknown — may have been billed&quot; and sent again only with --resend-unknown.

A file verified before (the same bytes) is not started again: the command stops with exit status 2 and {&quot;error&quot;:{&quot;kind&quot;:&quot;earlier_batch&quot;,&quot;batchId&quot;,&quot;rows&quot;,&quot;sent&quot;,&quot;billed&quot;,&quot;resume&quot;}}, resume names the command that resumes it. --new-batch starts it anyway.

Budget: with a monthly budget set (billing/monthlyBudget, policy MonthlyBudget), a batch whose rows (each counted as billable) could go past what remains this month stops with exit status 6 and {&quot;error&quot;:{&quot;kind&quot;:&quot;budget&quot;,&quot;rows&quot;,&quot;rowsThatFit&quot;,&quot;remaining&quot;,&quot;limit&quot;,&quot;used&quot;,&quot;hardStop&quot;}}: add --within-budget to send only while the budget allows, or --over-budget to send every row (not with a hard stop, policy BudgetHardStop).

Settings locked by the administrator&apos;s policy (endpoint, signature, md5, timeout, proxy, sandbox, QPS, concurrency) win over flags; stderr says when a flag was overridden.

Exit status of a batch:
  0    the batch completed (whatever the results)
  1    the history (journal) could not be written: nothing more was sent
  2    a bad file or usage, or the file changed since the batch started
  3    stopped: the service refused the credentials or permission repeatedly
  4    stopped on repeated network failure (%1 rows in a row); resumable
  5    no usable credentials
  6    refused, or stopped, by this month&apos;s budget; resumable
  130  interrupted by SIGINT or SIGTERM; the journal is kept and the batch resumable
</source>
        <translation>文件：CSV（RFC 4180），或 Excel 工作簿（.xlsx：第一个工作表，或由 --sheet 指定），带表头行，用中文或英文命名各列（手机号/手机号码/mobile/phone、姓名/name、身份证号/身份证号码/id/id_number，可选的备注/案件号/reference）。每一行都先经过校验：无效的行连同行号（工作表中的行号）列出，绝不发送；手机号、姓名和身份证号完全相同的重复行只发送一次。工作簿中以数字形式存储的身份证号已丢失末几位数字：这样的行不予发送（请将该列设为文本格式）。

输出：开始发送时输出 {&quot;event&quot;:&quot;started&quot;,&quot;batchId&quot;,…}，最后一行为汇总：
  {&quot;batchId&quot;,&quot;rows&quot;,&quot;invalid&quot;,&quot;duplicates&quot;,&quot;sent&quot;,&quot;pass&quot;,&quot;mismatch&quot;,&quot;norecord&quot;,
   &quot;errors&quot;,&quot;unknown&quot;,&quot;billed&quot;,&quot;skipped&quot;,&quot;seconds&quot;}
统计整个批次（包括它的每一次运行）。批次建立之前出错时输出 {&quot;error&quot;:{…}}。

继续：每一行在发送之前都记入历史记录中的日志。崩溃、被终止或按 Ctrl+C 之后，用 --resume BATCH_ID 运行同一命令：已得到应答的行绝不再次发送；当时正在发送的行报告为“结果未知——可能已计费”，只有加上 --resend-unknown 才会重新发送。

之前核验过的文件（字节完全相同）不会再次开始：命令以退出状态 2 停止，并输出 {&quot;error&quot;:{&quot;kind&quot;:&quot;earlier_batch&quot;,&quot;batchId&quot;,&quot;rows&quot;,&quot;sent&quot;,&quot;billed&quot;,&quot;resume&quot;}}，其中 resume 给出继续该批次的命令。加上 --new-batch 则仍然开始。

预算：设置了月度预算（billing/monthlyBudget，策略 MonthlyBudget）时，若批次的行（每行都按计费计算）可能超出本月剩余预算，命令以退出状态 6 停止，并输出 {&quot;error&quot;:{&quot;kind&quot;:&quot;budget&quot;,&quot;rows&quot;,&quot;rowsThatFit&quot;,&quot;remaining&quot;,&quot;limit&quot;,&quot;used&quot;,&quot;hardStop&quot;}}：加上 --within-budget 仅在预算允许范围内发送，或加上 --over-budget 发送所有行（设有硬性上限时不可用，策略 BudgetHardStop）。

管理员策略锁定的设置（接入点、签名方式、md5、超时、代理、沙箱、QPS、并发数）优先于命令行参数；参数被覆盖时会在标准错误输出中说明。

批次的退出状态：
  0    批次已完成（无论结果如何）
  1    无法写入历史记录（日志）：之后没有再发送任何请求
  2    文件或用法有误，或文件在批次开始后被修改
  3    已停止：服务多次拒绝凭据或权限
  4    因连续网络故障而停止（连续 %1 行）；可继续
  5    没有可用的凭据
  6    被本月预算拒绝或停止；可继续
  130  被 SIGINT 或 SIGTERM 中断；日志已保留，批次可继续
</translation>
    </message>
    <message>
        <source>verify every row of a CSV file or Excel workbook within the QPS limit; journaled, resumable after a crash</source>
        <translation>在 QPS 限制内核验 CSV 文件或 Excel 工作簿的每一行；全程记入日志，崩溃后可继续</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Verify a file</source>
        <translation>批量核验文件</translation>
    </message>
</context>
<context>
    <name>BatchFileBox</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx)</source>
        <translation>CSV 文件或 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Automatic (UTF-8 or GB18030)</source>
        <translation>自动识别（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 / GBK</source>
        <translation>GB18030 / GBK</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>工作表(&amp;W)：</translation>
    </message>
    <message>
        <source>The worksheet of the workbook to verify</source>
        <translation>要核验的工作簿中的工作表</translation>
    </message>
    <message>
        <source>&amp;Resume unfinished batch…</source>
        <translation>继续未完成的批量核验(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>BatchJournal</name>
    <message>
        <source>There is no batch %1 in this history.</source>
        <translation>此历史记录中没有批次 %1。</translation>
    </message>
    <message>
        <source>Batch %1 is being run by another TriCheck process (%2). Wait for it to finish, or stop it first.</source>
        <translation>批次 %1 正由另一个 TriCheck 进程（%2）运行。请等待它结束，或先停止它。</translation>
    </message>
    <message>
        <source>Batch %1 was taken over by another TriCheck process just now.</source>
        <translation>批次 %1 刚刚被另一个 TriCheck 进程接管。</translation>
    </message>
</context>
<context>
    <name>BatchLauncher</name>
    <message>
        <source>Batch %1 was started against the sandbox, but verifications now go to the real service. Resume it against the sandbox.</source>
        <translation>批次 %1 是在沙箱上开始的，但现在核验会发往真实服务。请在沙箱上继续该批次。</translation>
    </message>
    <message>
        <source>Batch %1 was started against the real service, but verifications now go to the sandbox. Resume it against the real service.</source>
        <translation>批次 %1 是在真实服务上开始的，但现在核验会发往沙箱。请在真实服务上继续该批次。</translation>
    </message>
</context>
<context>
    <name>BatchOptionsBox</name>
    <message>
        <source>Sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Re&amp;quests per second:</source>
        <translation>每秒请求数(&amp;Q)：</translation>
    </message>
    <message>
        <source>The limit of your Alibaba Cloud account (0, no limit, only for the sandbox).</source>
        <translation>您的阿里云账号的 QPS 上限（0 表示不限，仅用于沙箱）。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;At a time:</source>
        <translation>并发数(&amp;A)：</translation>
    </message>
    <message>
        <source>Requests in flight at most.</source>
        <translation>同时进行中的请求数上限。</translation>
    </message>
    <message>
        <source>Send MD5 &amp;digests (ParamType md5)</source>
        <translation>发送 MD5 摘要（ParamType md5）(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;kip people verified in the last:</source>
        <translation>跳过最近已核验的人员(&amp;K)：</translation>
    </message>
    <message>
        <source>A row whose mobile number, name and ID number were answered (consistent, inconsistent or no record) within this many days is not sent: its earlier result and RequestId are shown instead, and nothing is billed for it.</source>
        <translation>在这么多天内其手机号、姓名和身份证号已得到应答（一致、不一致或查无记录）的行不再发送：改为显示之前的结果和 RequestId，这一行不产生任何计费。</translation>
    </message>
    <message>
        <source>off: send every row</source>
        <translation>关闭：发送每一行</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>BatchResults</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mobile</source>
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
        <source>Reference</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <source>BizCode</source>
        <translation>BizCode</translation>
    </message>
    <message>
        <source>SubCode</source>
        <translation>SubCode</translation>
    </message>
    <message>
        <source>IspName</source>
        <translation>IspName</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Error kind</source>
        <translation>错误类型</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Same mobile number, name and ID number as line %1: sent once, for that line.</source>
        <translation>手机号、姓名和身份证号与第 %1 行相同：只为该行发送一次。</translation>
    </message>
    <message>
        <source>Outcome unknown: the request was in flight when the batch stopped; it may have been billed. Send it again only with --resend-unknown.</source>
        <translation>结果未知：批次停止时该请求正在发送；可能已计费。只有使用 --resend-unknown 才会重新发送。</translation>
    </message>
    <message>
        <source>Not sent yet: resume the batch to send it.</source>
        <translation>尚未发送：继续批次即可发送。</translation>
    </message>
    <message>
        <source>Outcome unknown: no complete answer arrived; it may have been billed.</source>
        <translation>结果未知：没有收到完整的应答；可能已计费。</translation>
    </message>
    <message>
        <source>The results cannot be written: %1</source>
        <translation>无法写入结果：%1</translation>
    </message>
    <message>
        <source>The results cannot be written to %1: %2</source>
        <translation>无法将结果写入 %1：%2</translation>
    </message>
    <message>
        <source>Not sent: verified before (that check is no longer in the history).</source>
        <translation>未发送：之前已核验过（该次核验已不在历史记录中）。</translation>
    </message>
    <message>
        <source>Not sent: verified on %1 (RequestId %2): %3</source>
        <translation>未发送：已于 %1 核验（RequestId %2）：%3</translation>
    </message>
    <message>
        <source>Invalid (not sent)</source>
        <translation>无效（未发送）</translation>
    </message>
    <message>
        <source>Duplicate (sent once)</source>
        <translation>重复（只发送一次）</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>TriCheck batch results</source>
        <translation>TriCheck 批量核验结果</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量任务</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>已发送行数</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Identity values</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>masked: the results hold no plaintext mobile number, name or ID number</source>
        <translation>已脱敏：结果中没有明文手机号、姓名或身份证号</translation>
    </message>
</context>
<context>
    <name>BatchResultsExport</name>
    <message>
        <source>Export batch results</source>
        <translation>导出批量结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The file will contain personal data: the masked mobile number, name and ID number of every row of %1, with its result and RequestId.</source>
        <translation>该文件将包含个人数据：%1 每一行的脱敏手机号、姓名和身份证号，以及其结果和 RequestId。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Store and share it only as your data-protection rules allow. The export is recorded in the audit log.</source>
        <translation>请仅按数据保护规定存放和分享该文件。此次导出会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>BatchRunPage</name>
    <message>
        <source>Done:</source>
        <translation>已完成：</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Outcome unknown:</source>
        <translation>结果未知：</translation>
    </message>
    <message>
        <source>Not sent, verified before:</source>
        <translation>未发送（之前已核验）：</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>速率：</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>剩余时间：</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel batch</source>
        <translation>取消批量核验(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <source>Verify another &amp;file…</source>
        <translation>核验其他文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BatchSetupPage</name>
    <message>
        <source>Verify every row of a CSV file or an Excel workbook (.xlsx): each row is checked first, invalid rows are listed and never sent, rows repeating the same mobile number, name and ID number are sent once. Every result is recorded in the history as it arrives.</source>
        <translation>逐行核验 CSV 文件或 Excel 工作簿（.xlsx）：每一行先经校验，无效行列出且不发送；手机号、姓名、身份证号完全相同的重复行只发送一次。每条结果一返回即记入历史记录。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>The columns are recognised from the header row; choose another column where the guess is wrong. The first rows of the file:</source>
        <translation>已根据表头行识别各列；如识别有误，请选择正确的列。文件的前几行：</translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Re&amp;ference (optional):</source>
        <translation>备注（可选）(&amp;F)：</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Rows that will not be sent</source>
        <translation>不会发送的行</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BudgetRule</name>
    <message>
        <source>The monthly budget is an amount of money (%1), but no price per check is set: the budget cannot be applied.</source>
        <translation>月度预算是金额（%1），但未设置每次核验的单价：无法应用该预算。</translation>
    </message>
    <message>
        <source>The monthly budget is in %1 but the price per check is in %2: the budget cannot be applied.</source>
        <translation>月度预算以 %1 计，而每次核验的单价以 %2 计：无法应用该预算。</translation>
    </message>
</context>
<context>
    <name>BudgetSettingsBox</name>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Price per &amp;billed check:</source>
        <translation>每次计费核验的单价(&amp;B)：</translation>
    </message>
    <message>
        <source>What your Alibaba Cloud contract charges for one consistent or inconsistent answer; used for estimated costs and a budget in money.</source>
        <translation>阿里云合同对一次一致或不一致结果的收费；用于估算费用和以金额计的预算。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code)</source>
        <translation>货币（ISO 4217 代码）</translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation>月度预算(&amp;M)：</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>The budget as a number of billed checks, or as money at the price per check</source>
        <translation>以计费核验次数计的预算，或按单价折算的金额</translation>
    </message>
    <message>
        <source>Re&amp;fuse checks once the budget is used up (hard stop)</source>
        <translation>预算用完后拒绝核验（硬性上限）(&amp;F)</translation>
    </message>
</context>
<context>
    <name>BudgetStatus</name>
    <message>
        <source>Simulated this month: %1 (not billed)</source>
        <translation>本月模拟核验：%1（不计费）</translation>
    </message>
    <message>
        <source>Billed this month: %1</source>
        <translation>本月计费：%1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n may have been billed)</source>
        <translation>
            <numerusform>（另有 %n 次可能已计费）</numerusform>
        </translation>
    </message>
    <message>
        <source>· %1 of %2</source>
        <translation>· %1 / %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>· %1</source>
        <translation>· %1</translation>
    </message>
    <message>
        <source>This month&apos;s budget is used up in the sandbox (%1 of %2 checks): further checks are refused, as they would be with the real service.</source>
        <translation>沙盒中本月预算已用完（%1 / %2 次核验）：后续核验将被拒绝，与真实服务一致。</translation>
    </message>
    <message>
        <source>This month&apos;s budget is used up (%1 of %2 billed checks): further checks are refused until next month or until the budget is raised.</source>
        <translation>本月预算已用完（%1 / %2 次计费核验）：在下月或提高预算之前，后续核验将被拒绝。</translation>
    </message>
    <message>
        <source>This month&apos;s budget is used up (%1 of %2 billed checks); checks are still sent.</source>
        <translation>本月预算已用完（%1 / %2 次计费核验）；核验仍会发送。</translation>
    </message>
    <message>
        <source>%1% of this month&apos;s budget is used: %2 of %3 billed checks, %4 left.</source>
        <translation>本月预算已使用 %1%：%2 / %3 次计费核验，剩余 %4 次。</translation>
    </message>
    <message>
        <source>Not sent: this month&apos;s budget of %1 billed checks is used up (%2 billed, %3 may have been billed), and its hard stop refuses further checks until next month or until the budget is raised.</source>
        <translation>未发送：本月 %1 次计费核验的预算已用完（已计费 %2 次，可能已计费 %3 次），硬性上限在下月或提高预算之前拒绝后续核验。</translation>
    </message>
    <message numerus="yes">
        <source>This batch may bill %n row(s), but this month&apos;s budget allows %1 more billed checks (%2 of %3 used).</source>
        <translation>
            <numerusform>此批次可能计费 %n 行，但本月预算仅允许再计费 %1 次（已用 %2 / %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget&apos;s hard stop refuses it: send only the rows that fit (they stop at the budget), or raise the budget.</source>
        <translation>预算的硬性上限拒绝了此批次：仅发送预算内的行（达到预算即停止），或提高预算。</translation>
    </message>
    <message>
        <source>Send every row anyway, send only the rows that fit, or cancel.</source>
        <translation>仍发送所有行、仅发送预算内的行，或取消。</translation>
    </message>
    <message>
        <source>This month&apos;s budget allows %1 more billed checks (%2 of %3 used).</source>
        <translation>本月预算还允许计费 %1 次（已用 %2 / %3）。</translation>
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
    <name>ChartPainter</name>
    <message>
        <source>Billed</source>
        <translation>计费</translation>
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
    <message>
        <source>Usage: tricheck-cli %1</source>
        <translation>用法：tricheck-cli %1</translation>
    </message>
    <message>
        <source>The output could not be written.</source>
        <translation>无法写出输出内容。</translation>
    </message>
    <message>
        <source>Upgrading the history (%1 of %2: %3)…</source>
        <translation>正在升级历史记录（第 %1 步，共 %2 步：%3）…</translation>
    </message>
    <message>
        <source>Exit status:
  0    a verification result (any BizCode), or the command completed
  1    a local failure, e.g. the history database cannot be opened or written
  2    usage or input validation error, or a bad file
  3    the service returned an error
  4    network, TLS or timeout error
  5    no usable credentials
  6    refused or stopped by this month&apos;s budget (billing/monthlyBudget)
  7    your fingerprint key is not the one the history uses: search by mobile or ID number refused
  130  interrupted (SIGINT); a batch stays resumable
</source>
        <translation>退出状态：
  0    得到核验结果（任意 BizCode），或命令执行完成
  1    本地故障，例如无法打开或写入历史记录数据库
  2    用法错误、输入校验失败或文件有误
  3    服务返回错误
  4    网络、TLS 或超时错误
  5    没有可用的凭据
  6    被本月预算拒绝或停止（billing/monthlyBudget）
  7    您的指纹密钥不是该历史记录使用的密钥：按手机号或身份证号搜索被拒绝
  130  被中断（SIGINT）；批量任务可以继续
</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <source>Column %1 does not exist (columns are numbered from 1).</source>
        <translation>第 %1 列不存在（列从 1 开始编号）。</translation>
    </message>
    <message>
        <source>Without a header row, columns are chosen by number (1, 2, 3 …), not by name (&quot;%1&quot;).</source>
        <translation>没有表头行时，只能按序号（1、2、3 …）指定列，不能按名称（“%1”）。</translation>
    </message>
    <message>
        <source>The file has no column named &quot;%1&quot; (its columns: %2).</source>
        <translation>文件中没有名为“%1”的列（现有列：%2）。</translation>
    </message>
    <message>
        <source>Column %1 is chosen for both %2 and %3.</source>
        <translation>第 %1 列同时被指定为%2和%3。</translation>
    </message>
    <message>
        <source>Choose the columns of the mobile number, name and ID number.</source>
        <translation>请指定手机号、姓名和身份证号所在的列。</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>show the settings in force, where each comes from and which the administrator locked</source>
        <translation>显示当前生效的设置、每项的来源以及管理员锁定的设置</translation>
    </message>
    <message>
        <source>One JSON object on stdout.</source>
        <translation>在标准输出上输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Output with --json:
  {&quot;policy&quot;:{&quot;path&quot;,&quot;exists&quot;,&quot;failedClosed&quot;,&quot;problems&quot;},
   &quot;settings&quot;:{&quot;Endpoint&quot;:{&quot;value&quot;,&quot;source&quot;,&quot;locked&quot;,&quot;settingsKey&quot;}, …}}
Settings are named as in the policy file; source is default, settings, policy or override.
</source>
        <translation>使用 --json 时的输出：
  {&quot;policy&quot;:{&quot;path&quot;,&quot;exists&quot;,&quot;failedClosed&quot;,&quot;problems&quot;},
   &quot;settings&quot;:{&quot;Endpoint&quot;:{&quot;value&quot;,&quot;source&quot;,&quot;locked&quot;,&quot;settingsKey&quot;}, …}}
设置名与策略文件中的相同；source 为 default、settings、policy 或 override。
</translation>
    </message>
    <message>
        <source>Usage: tricheck-cli config show [--json]</source>
        <translation>用法：tricheck-cli config show [--json]</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>策略：%1</translation>
    </message>
    <message>
        <source>Policy: none (%1)</source>
        <translation>策略：无（%1）</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>DependentSettings</name>
    <message>
        <source>Set by your administrator</source>
        <translation>由管理员设置</translation>
    </message>
    <message>
        <source>The sandbox runs on this computer: the endpoint applies to the real service only.</source>
        <translation>沙箱在本机运行：接入点只用于正式服务。</translation>
    </message>
    <message>
        <source>Choose MD5 digests above to make them compulsory.</source>
        <translation>先在上方选择 MD5 摘要，才能设为必须使用。</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Sandbox (%1)</source>
        <translation>沙箱（%1）</translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1)</source>
        <translation>V1（HMAC-SHA1）</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation>V3（ACS3-HMAC-SHA256）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Verification record</source>
        <translation>核验记录</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>TriCheck %1 · mobile, name and ID number verification (Alibaba Cloud Mobile3MetaVerifyIntl). Identity values are shown masked, as the history keeps them.</source>
        <translation>TriCheck %1 · 手机号、姓名与身份证号核验（阿里云 Mobile3MetaVerifyIntl）。身份信息仅以掩码显示，与历史记录中保存的一致。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>The service did not verify the values.</source>
        <translation>服务未核验这些信息。</translation>
    </message>
    <message>
        <source>The outcome is unknown: the request was sent and may have been processed and billed. Look for the RequestId in the Alibaba Cloud console before repeating the check.</source>
        <translation>结果未知：请求已发送，可能已被处理并计费。重复核验前，请先在阿里云控制台中查找该 RequestId。</translation>
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
        <source>SubCode</source>
        <translation>SubCode</translation>
    </message>
    <message>
        <source>BizCode</source>
        <translation>BizCode</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Values checked (masked)</source>
        <translation>核验的信息（掩码）</translation>
    </message>
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
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>时间（本地）</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>%1 (sandbox, not billed)</source>
        <translation>%1（沙箱，不计费）</translation>
    </message>
    <message>
        <source>Signature scheme</source>
        <translation>签名方式</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation>V3（ACS3-HMAC-SHA256）</translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1)</source>
        <translation>V1（HMAC-SHA1）</translation>
    </message>
    <message>
        <source>ParamType</source>
        <translation>参数类型</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>耗时</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms, %n request(s) sent</source>
        <translation>
            <numerusform>%1 毫秒，共发送 %n 次请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量任务</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Attempt ID</source>
        <translation>核验 ID</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>应用版本</translation>
    </message>
    <message>
        <source>Digest of the stored record</source>
        <translation>所存记录的摘要</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of the attempt&apos;s record as stored in the history, in TriCheck&apos;s canonical form (version 1: the stored columns as one JSON object, keys in ascending order, no white space). &quot;tricheck-cli history receipt %1 --pdf FILE&quot; computes it again from the history, so this paper can be matched with the record.</source>
        <translation>历史记录中所存该次核验记录的 SHA-256，采用 TriCheck 的规范形式（版本 1：所存各列组成一个 JSON 对象，键按升序排列，不含空白）。“tricheck-cli history receipt %1 --pdf FILE”会从历史记录重新计算该摘要，以便将本文件与记录对应。</translation>
    </message>
    <message>
        <source>Generated %1 by %2.</source>
        <translation>由 %2 于 %1 生成。</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>核验记录数</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>本期间内没有。</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>核验报告</translation>
    </message>
    <message>
        <source>%1 to %2 (local days, time zone %3)</source>
        <translation>%1 至 %2（本地日期，时区 %3）</translation>
    </message>
    <message>
        <source>sandbox (not billed)</source>
        <translation>沙箱（不计费）</translation>
    </message>
    <message>
        <source>Operators / team</source>
        <translation>操作员 / 团队</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>%1 by %2, TriCheck %3</source>
        <translation>%1，由 %2 生成，TriCheck %3</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Identity values appear masked only; the history holds no plaintext.</source>
        <translation>身份信息仅以掩码出现；历史记录不保存明文。</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Billing unknown (may have been billed)</source>
        <translation>计费未知（可能已计费）</translation>
    </message>
    <message>
        <source>Pass rate (consistent among answered)</source>
        <translation>一致率（已应答结果中一致的比例）</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <source>%1 %2 (%3 per billed check)</source>
        <translation>%1 %2（每次计费核验 %3）</translation>
    </message>
    <message>
        <source>no price per check is set</source>
        <translation>未设置每次核验的价格</translation>
    </message>
    <message>
        <source>Attempts per %1</source>
        <translation>每%1核验次数</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每日明细</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Error kinds</source>
        <translation>错误类型</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation>按运营商</translation>
    </message>
    <message>
        <source>By operator</source>
        <translation>按操作员</translation>
    </message>
    <message>
        <source>Batches in the period</source>
        <translation>本期间内的批量核验</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>审计事件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) not listed; see Edit → Audit log.</source>
        <translation>
            <numerusform>另有 %n 个事件未列出；请查看“编辑 → 审计日志”。</numerusform>
        </translation>
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
    <name>EntryDevice</name>
    <message>
        <source>%1 has a single element or text of more than %2 MB.</source>
        <translation>%1 中有单个元素或文本超过 %2 MB。</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked</source>
        <translation>%1 无法解压</translation>
    </message>
    <message>
        <source>%1 does not match its checksum</source>
        <translation>%1 与其校验和不符</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB, more than a workbook of this kind may hold (a zip bomb?).</source>
        <translation>%1 解压后超过 %2 MB，超出此类工作簿应有的大小（可能是压缩炸弹）。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Input rejected</source>
        <translation>输入被拒绝</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>配置问题</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>身份认证失败</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>服务端错误</translation>
    </message>
    <message>
        <source>Unreadable reply</source>
        <translation>无法解析的响应</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Proxy authentication required</source>
        <translation>代理服务器要求认证</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 s behind</source>
        <translation>慢 %1 秒</translation>
    </message>
    <message>
        <source>%1 s ahead</source>
        <translation>快 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min behind</source>
        <translation>慢约 %1 分钟</translation>
    </message>
    <message>
        <source>about %1 min ahead</source>
        <translation>快约 %1 分钟</translation>
    </message>
    <message>
        <source>about %1 h behind</source>
        <translation>慢约 %1 小时</translation>
    </message>
    <message>
        <source>about %1 h ahead</source>
        <translation>快约 %1 小时</translation>
    </message>
    <message>
        <source>The input was rejected before anything was sent.</source>
        <translation>输入未通过校验，未发送任何请求。</translation>
    </message>
    <message>
        <source>The input was rejected before anything was sent: %1</source>
        <translation>输入未通过校验，未发送任何请求：%1</translation>
    </message>
    <message>
        <source>The endpoint answered with a redirect (HTTP %1). Signed requests are never forwarded to another address: check the endpoint URL.</source>
        <translation>接入点返回了重定向（HTTP %1）。已签名的请求绝不会转发到其他地址，请检查接入点 URL。</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (the sandbox). Nothing was sent: use an https:// endpoint.</source>
        <translation>明文 http:// 仅允许用于本机（沙箱）。未发送任何请求，请使用 https:// 接入点。</translation>
    </message>
    <message>
        <source>The secure random number generator failed, so no request could be signed. Nothing was sent.</source>
        <translation>安全随机数生成器失败，无法对请求签名。未发送任何请求。</translation>
    </message>
    <message>
        <source>No usable AccessKey. Nothing was sent.</source>
        <translation>没有可用的 AccessKey。未发送任何请求。</translation>
    </message>
    <message>
        <source>No usable AccessKey: %1 Nothing was sent.</source>
        <translation>没有可用的 AccessKey：%1 未发送任何请求。</translation>
    </message>
    <message>
        <source>TriCheck is not set up to send this request. Nothing was sent.</source>
        <translation>TriCheck 的配置不足以发送此请求。未发送任何请求。</translation>
    </message>
    <message>
        <source>TriCheck is not set up to send this request: %1 Nothing was sent.</source>
        <translation>TriCheck 的配置不足以发送此请求：%1 未发送任何请求。</translation>
    </message>
    <message>
        <source>Could not connect to the endpoint within %1 s. Nothing was sent, so nothing was billed. Check the network, the proxy and the endpoint.</source>
        <translation>%1 秒内未能连接到接入点。请求未发出，不计费。请检查网络、代理和接入点。</translation>
    </message>
    <message>
        <source>Could not reach the endpoint. Nothing was sent, so nothing was billed. Check the network, the proxy and the endpoint.</source>
        <translation>无法连接到接入点。请求未发出，不计费。请检查网络、代理和接入点。</translation>
    </message>
    <message>
        <source>Could not reach the endpoint (%1). Nothing was sent, so nothing was billed. Check the network, the proxy and the endpoint.</source>
        <translation>无法连接到接入点（%1）。请求未发出，不计费。请检查网络、代理和接入点。</translation>
    </message>
    <message>
        <source>No answer within %1 s after the request was sent. The outcome is unknown — the check may have been billed. Do not simply repeat it: look for it in the Alibaba Cloud console first.</source>
        <translation>请求发出后 %1 秒内未收到应答。核验结果未知——本次核验可能已计费。请勿直接重试：请先在阿里云控制台中查询该请求。</translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent, and the service refused the network layer&apos;s automatic resend as a replay. The outcome is unknown — the check may have been billed. Look for it in the Alibaba Cloud console before repeating it.</source>
        <translation>请求发出后连接中断，网络层自动重发的副本被服务端视为重放而拒绝。核验结果未知——本次核验可能已计费。重试前请先在阿里云控制台中查询该请求。</translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent. The outcome is unknown — the check may have been billed. Look for it in the Alibaba Cloud console before repeating it.</source>
        <translation>请求发出后连接中断。核验结果未知——本次核验可能已计费。重试前请先在阿里云控制台中查询该请求。</translation>
    </message>
    <message>
        <source>The service is limiting the request rate (%1). Retry after %2 s. Throttled requests are not billed.</source>
        <translation>服务端正在限流（%1）。请在 %2 秒后重试。被限流的请求不计费。</translation>
    </message>
    <message>
        <source>The service is limiting the request rate (%1); the account&apos;s limit is shared by all its users. Wait a moment and retry. Throttled requests are not billed.</source>
        <translation>服务端正在限流（%1）；该账号下所有用户共享同一限额。请稍候再试。被限流的请求不计费。</translation>
    </message>
    <message>
        <source>The service rejected the request time: this computer&apos;s clock is %1. Set the clock right (turn on automatic network time) and retry.</source>
        <translation>服务端拒绝了请求时间：本机时钟%1。请校准时钟（开启自动网络对时）后重试。</translation>
    </message>
    <message>
        <source>The service rejected the request time: this computer&apos;s clock is off by more than a few minutes. Set the clock right (turn on automatic network time) and retry.</source>
        <translation>服务端拒绝了请求时间：本机时钟偏差超过数分钟。请校准时钟（开启自动网络对时）后重试。</translation>
    </message>
    <message>
        <source>The service had already seen this request: an earlier copy of it reached the service and may have been processed (and billed). Look for it in the Alibaba Cloud console before repeating it.</source>
        <translation>服务端此前已收到过此请求：较早的一份副本已到达服务端，可能已被处理（并计费）。重试前请先在阿里云控制台中查询该请求。</translation>
    </message>
    <message>
        <source>This AccessKey is disabled. Enable it in the RAM console or use another AccessKey.</source>
        <translation>此 AccessKey 已被禁用。请在 RAM 控制台中启用，或改用其他 AccessKey。</translation>
    </message>
    <message>
        <source>Alibaba Cloud does not know this AccessKey ID. Check the AccessKey ID of the profile.</source>
        <translation>阿里云不存在此 AccessKey ID。请检查配置中的 AccessKey ID。</translation>
    </message>
    <message>
        <source>The STS security token has expired. Get a new token and update the credentials.</source>
        <translation>STS 安全令牌已过期。请获取新令牌并更新凭据。</translation>
    </message>
    <message>
        <source>The STS security token is invalid or does not belong to this AccessKey. Check the token.</source>
        <translation>STS 安全令牌无效，或与此 AccessKey 不匹配。请检查令牌。</translation>
    </message>
    <message>
        <source>The service rejected the request signature (%1). Check the AccessKey secret, and that this computer&apos;s clock is correct.</source>
        <translation>服务端拒绝了请求签名（%1）。请检查 AccessKey 密钥，并确认本机时钟准确。</translation>
    </message>
    <message>
        <source>This RAM user may not use ID Verification. Grant it the AliyunAntCloudAuthFullAccess policy.</source>
        <translation>此 RAM 用户无权使用实人认证服务。请为其授予 AliyunAntCloudAuthFullAccess 权限策略。</translation>
    </message>
    <message>
        <source>ID Verification is not activated for this account, or the account has an overdue payment.</source>
        <translation>此账号未开通实人认证服务，或账号存在欠费。</translation>
    </message>
    <message>
        <source>The service blocked repeated failing calls. Fix the cause before trying again, and wait a while.</source>
        <translation>服务端已拦截重复的异常调用。请先排除原因，并等待一段时间后再试。</translation>
    </message>
    <message>
        <source>The account or RAM user is not allowed to make this call (%1). Check its RAM permissions.</source>
        <translation>该账号或 RAM 用户无权进行此调用（%1）。请检查其 RAM 权限。</translation>
    </message>
    <message>
        <source>The endpoint does not offer Mobile3MetaVerifyIntl (version 2022-08-09) (%1). Check the endpoint.</source>
        <translation>该接入点不提供 Mobile3MetaVerifyIntl（版本 2022-08-09）（%1）。请检查接入点。</translation>
    </message>
    <message>
        <source>The service rejected the request (%1): %2</source>
        <translation>服务端拒绝了请求（%1）：%2</translation>
    </message>
    <message>
        <source>The service rejected the request (%1).</source>
        <translation>服务端拒绝了请求（%1）。</translation>
    </message>
    <message>
        <source>The service reported an internal problem (%1). Retry later.</source>
        <translation>服务端报告内部错误（%1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The reply was larger than 1 MiB and was refused.</source>
        <translation>响应超过 1 MiB，已拒绝接收。</translation>
    </message>
    <message>
        <source>The reply could not be read (HTTP %1).</source>
        <translation>无法解析服务端的响应（HTTP %1）。</translation>
    </message>
    <message>
        <source>The service may have processed the check, so it may have been billed.</source>
        <translation>服务端可能已处理本次核验，因此可能已计费。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was billed.</source>
        <translation>已取消。不计费。</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>未知错误。</translation>
    </message>
    <message>
        <source>Cancelled while the request was on its way. It may have reached the service: the outcome is unknown — the check may have been billed.</source>
        <translation>请求发送途中已取消。请求可能已到达服务端：核验结果未知——本次核验可能已计费。</translation>
    </message>
    <message>
        <source>The proxy (or a gateway in front of the service) refused TriCheck&apos;s credentials. Check the proxy user name and password in the settings. Nothing reached the service.</source>
        <translation>代理服务器（或服务前面的网关）拒绝了 TriCheck 的凭据。请在设置中检查代理用户名和密码。请求未到达服务。</translation>
    </message>
    <message>
        <source>The service or a gateway in front of it failed (HTTP %1). The outcome is unknown — the check may have been billed. Look for it in the Alibaba Cloud console before repeating it.</source>
        <translation>服务端或其前面的网关出错（HTTP %1）。核验结果未知——本次核验可能已计费。重试前请先在阿里云控制台中查询该请求。</translation>
    </message>
    <message>
        <source>The service reported an internal problem (%1, HTTP %2). The outcome is unknown — the check may have been billed. Look for it in the Alibaba Cloud console before repeating it.</source>
        <translation>服务端报告内部错误（%1，HTTP %2）。核验结果未知——本次核验可能已计费。重试前请先在阿里云控制台中查询该请求。</translation>
    </message>
    <message>
        <source>The service answered HTTP %1 with the code %2 instead of a result: %3</source>
        <translation>服务端返回了 HTTP %1 和错误码 %2，而不是核验结果：%3</translation>
    </message>
    <message>
        <source>The service answered HTTP %1 with the code %2 instead of a result.</source>
        <translation>服务端返回了 HTTP %1 和错误码 %2，而不是核验结果。</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>等待应答</translation>
    </message>
    <message>
        <source>The request was sent and its answer has not been stored yet. It may be billed.</source>
        <translation>请求已发送，应答尚未保存。可能会计费。</translation>
    </message>
    <message>
        <source>TriCheck ended while the request was on its way (the program was stopped or the computer went down). The outcome is unknown — the check may have been billed. Look for it in the Alibaba Cloud console before repeating it.</source>
        <translation>请求发送途中 TriCheck 已结束（程序被停止或计算机宕机）。结果未知——此次核验可能已计费。重新核验前请先在阿里云控制台中查找该请求。</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) to reach the service</source>
        <translation>
            <numerusform>%n 次尝试连接服务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), the service asked to retry</source>
        <translation>
            <numerusform>%n 次请求，服务要求重试</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>配置错误</translation>
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
        <translation>被限流</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>无效请求</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Malformed reply</source>
        <translation>无法解析的响应</translation>
    </message>
    <message>
        <source>Proxy authentication failed</source>
        <translation>代理认证失败</translation>
    </message>
    <message>
        <source>In flight (may be billed)</source>
        <translation>发送中（可能计费）</translation>
    </message>
    <message>
        <source>Outcome unknown — may have been billed</source>
        <translation>结果未知 — 可能已计费</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>服务器拒绝了连接</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found (DNS)</source>
        <translation>找不到服务器的域名（DNS）</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>the connection was cancelled</source>
        <translation>连接已取消</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>无法建立安全连接</translation>
    </message>
    <message>
        <source>this computer is not connected to a network</source>
        <translation>本机未连接网络</translation>
    </message>
    <message>
        <source>the system does not allow network access now</source>
        <translation>系统当前不允许访问网络</translation>
    </message>
    <message>
        <source>the server redirected the request</source>
        <translation>服务器重定向了请求</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>代理拒绝了连接</translation>
    </message>
    <message>
        <source>the proxy closed the connection</source>
        <translation>代理关闭了连接</translation>
    </message>
    <message>
        <source>the proxy&apos;s name was not found (DNS)</source>
        <translation>找不到代理的域名（DNS）</translation>
    </message>
    <message>
        <source>the proxy did not answer in time</source>
        <translation>代理未及时响应</translation>
    </message>
    <message>
        <source>the proxy asks for a user name and password</source>
        <translation>代理要求用户名和密码</translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation>代理出错</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>网络错误 %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the connection was closed. Nothing was sent in clear and nothing was billed. Check the endpoint, this computer&apos;s date and any proxy that intercepts HTTPS: its certificate authority can be trusted in Settings → Network (tricheck-cli: --ca-certificates).</source>
        <translation>无法验证服务器证书，连接已关闭。没有任何数据以明文发送，不计费。请检查接入点、本机日期以及是否有拦截 HTTPS 的代理：可在“设置 → 网络”中信任该代理的证书颁发机构（tricheck-cli：--ca-certificates）。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1), so the connection was closed. Nothing was sent in clear and nothing was billed. Check the endpoint, this computer&apos;s date and any proxy that intercepts HTTPS: its certificate authority can be trusted in Settings → Network (tricheck-cli: --ca-certificates).</source>
        <translation>无法验证服务器证书（%1），连接已关闭。没有任何数据以明文发送，不计费。请检查接入点、本机日期以及是否有拦截 HTTPS 的代理：可在“设置 → 网络”中信任该代理的证书颁发机构（tricheck-cli：--ca-certificates）。</translation>
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
    <name>FingerprintKey</name>
    <message>
        <source>The history&apos;s fingerprint key in the keychain is damaged.</source>
        <translation>密钥链中历史记录的指纹密钥已损坏。</translation>
    </message>
    <message>
        <source>A fingerprint key file holds one line with the key (base64), and comments.</source>
        <translation>指纹密钥文件只包含一行密钥（base64）以及注释行。</translation>
    </message>
    <message>
        <source>The file holds no fingerprint key.</source>
        <translation>该文件中没有指纹密钥。</translation>
    </message>
    <message>
        <source>The fingerprint key is not valid base64.</source>
        <translation>指纹密钥不是有效的 base64。</translation>
    </message>
    <message>
        <source>The fingerprint key is too short: %1 bytes, at least %2 are needed.</source>
        <translation>指纹密钥太短：%1 字节，至少需要 %2 字节。</translation>
    </message>
    <message>
        <source>The fingerprint key is too long: at most %1 bytes.</source>
        <translation>指纹密钥太长：最多 %1 字节。</translation>
    </message>
    <message>
        <source>The fingerprint key file %1 cannot be read: %2</source>
        <translation>无法读取指纹密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a fingerprint key file (too big).</source>
        <translation>%1 不是指纹密钥文件（文件过大）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The fingerprint key file %1 can be read by every user of this computer: it should be readable by the operators&apos; group only (chmod 640).</source>
        <translation>本机的所有用户都能读取指纹密钥文件 %1：它应只允许操作员组读取（chmod 640）。</translation>
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
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Real service</source>
        <translation>正式服务</translation>
    </message>
    <message>
        <source>Cancelled in flight — outcome unknown, may have been billed</source>
        <translation>发送后取消——结果未知，可能已计费</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>tricheck-cli history: unknown subcommand &quot;%1&quot;.</source>
        <translation>tricheck-cli history：未知子命令“%1”。</translation>
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
        <source>Cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>The history database: a file, or postgresql://USER@HOST:PORT/DB (default: the application&apos;s).</source>
        <translation>历史记录数据库：文件，或 postgresql://USER@HOST:PORT/DB（默认：应用程序的历史记录）。</translation>
    </message>
    <message>
        <source>Checks the history database for damage and remembers the result in it.</source>
        <translation>检查历史数据库是否损坏，并将结果记录在其中。</translation>
    </message>
    <message>
        <source>Also compare every index entry with its row (slower).</source>
        <translation>同时将每个索引条目与其数据行比对（较慢）。</translation>
    </message>
    <message>
        <source>Exports the history as CSV (UTF-8 with BOM) or as an Excel workbook, newest first.</source>
        <translation>将历史记录导出为 CSV（带 BOM 的 UTF-8）或 Excel 工作簿，最新的在前。</translation>
    </message>
    <message>
        <source>csv or xlsx (an Excel workbook with a summary sheet). Default: xlsx when --output ends in .xlsx, else csv.</source>
        <translation>csv 或 xlsx（带摘要工作表的 Excel 工作簿）。默认：--output 以 .xlsx 结尾时为 xlsx，否则为 csv。</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not &quot;%1&quot;.</source>
        <translation>--format 必须为 csv 或 xlsx，而不是“%1”。</translation>
    </message>
    <message>
        <source>A workbook is not text: write it to a file with --output FILE.xlsx, or redirect standard output to a file.</source>
        <translation>工作簿不是文本：请用 --output FILE.xlsx 写入文件，或将标准输出重定向到文件。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Search for a person refused: your fingerprint key cannot be used with this history, so the search could not find your colleagues&apos; attempts (see the warning above).</source>
        <translation>已拒绝按人员搜索：您的指纹密钥不能用于此历史记录，因此搜索无法找到同事的核验记录（见上方警告）。</translation>
    </message>
    <message>
        <source>Only attempts with exactly this mobile number, ID number or name (by keyed fingerprint; refused without a keychain), this RequestId, or a reference containing this text (ref:TEXT for text made only of letters). - reads the text from standard input, out of process lists and shell history.</source>
        <translation>仅限手机号、身份证号或姓名与此完全相同的尝试（按带密钥的指纹匹配；没有钥匙串时拒绝搜索）、此 RequestId，或业务编号包含此文本的尝试（仅由字母组成的文本请写作 ref:文本）。- 表示从标准输入读取文本，使其不出现在进程列表和 shell 历史中。</translation>
    </message>
    <message>
        <source>Usage:
  tricheck-cli history export [--history PATH] [--output FILE|-] [--format csv|xlsx]
                              [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status pass|mismatch|norecord|error]
                              [--subcode CODE]... [--search TEXT|-] [--lang en|zh_CN]
  tricheck-cli history list   [--history PATH] [--limit N] [--search TEXT|-] [--json]
  tricheck-cli history stats  [--history PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
  tricheck-cli history purge  --older-than DAYS [--history PATH] [--yes]
  tricheck-cli history audit  [--history PATH] [--json]
  tricheck-cli history check  [--history PATH] [--thorough] [--json]
  tricheck-cli history receipt ATTEMPT_ID --pdf FILE [--language en|zh_CN] [--history PATH]

The history lives in %1 unless --history or the history/path setting says otherwise.
</source>
        <translation>用法：
  tricheck-cli history export [--history PATH] [--output FILE|-] [--format csv|xlsx]
                              [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status pass|mismatch|norecord|error]
                              [--subcode CODE]... [--search TEXT|-] [--lang en|zh_CN]
  tricheck-cli history list   [--history PATH] [--limit N] [--search TEXT|-] [--json]
  tricheck-cli history stats  [--history PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
  tricheck-cli history purge  --older-than DAYS [--history PATH] [--yes]
  tricheck-cli history audit  [--history PATH] [--json]
  tricheck-cli history check  [--history PATH] [--thorough] [--json]
  tricheck-cli history receipt ATTEMPT_ID --pdf FILE [--language en|zh_CN] [--history PATH]

历史记录保存在 %1，除非通过 --history 或 history/path 设置另行指定。
</translation>
    </message>
    <message>
        <source>export, list, count, check or purge the verification history; show its audit trail; write an attempt&apos;s verification record</source>
        <translation>导出、列出、统计、检查或清除核验历史；显示审计记录；写出某次核验的核验记录</translation>
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
    <name>HistoryFilterBar</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>结果(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间范围(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Mobile, ID number, name, or ref:text</source>
        <translation>手机号、身份证号、姓名，或 ref:业务编号</translation>
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
    <name>HistoryLocation</name>
    <message>
        <source>The history connection is not a valid URL: %1</source>
        <translation>历史记录连接不是有效的 URL：%1</translation>
    </message>
    <message>
        <source>The history connection must not contain a password. Store the password in the keychain (Settings) or set PGPASSWORD.</source>
        <translation>历史记录连接中不得包含密码。请将密码保存在钥匙串中（设置），或设置 PGPASSWORD。</translation>
    </message>
    <message>
        <source>The history connection names no server: use postgresql://USER@HOST:PORT/DB.</source>
        <translation>历史记录连接未指定服务器：请使用 postgresql://USER@HOST:PORT/DB。</translation>
    </message>
    <message>
        <source>The history connection has an invalid port.</source>
        <translation>历史记录连接的端口无效。</translation>
    </message>
    <message>
        <source>The history connection names no database: use postgresql://USER@HOST:PORT/DB.</source>
        <translation>历史记录连接未指定数据库：请使用 postgresql://USER@HOST:PORT/DB。</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; in the history connection.</source>
        <translation>历史记录连接中的 sslmode“%1”无法识别。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the history connection.</source>
        <translation>历史记录连接中的选项“%1”无法识别。</translation>
    </message>
    <message>
        <source>sslmode=%1 could send the history unencrypted to %2. Only connections to this computer may be unencrypted; use sslmode=verify-full.</source>
        <translation>sslmode=%1 可能以未加密方式将历史记录发送至 %2。只有连接本机时才允许不加密；请使用 sslmode=verify-full。</translation>
    </message>
</context>
<context>
    <name>HistorySearch</name>
    <message>
        <source>No attempt with this mobile number.</source>
        <translation>没有该手机号的核验记录。</translation>
    </message>
    <message>
        <source>No attempt with this ID number.</source>
        <translation>没有该身份证号的核验记录。</translation>
    </message>
    <message>
        <source>No attempt with this RequestId.</source>
        <translation>没有该 RequestId 的核验记录。</translation>
    </message>
    <message>
        <source>No reference contains this text. Mobile and ID numbers are found only when typed in full (11 or 18 characters), never by a part.</source>
        <translation>没有业务编号包含此文字。手机号和身份证号须完整输入（11 位或 18 位）才能找到，不能只输入一部分。</translation>
    </message>
    <message>
        <source>No reference contains this text.</source>
        <translation>没有业务编号包含此文字。</translation>
    </message>
    <message>
        <source>Mobile numbers, ID numbers and names are searched only by their keyed fingerprint, and no fingerprint key can be used here (there is no keychain, or your key is not the one this history uses): the search was refused rather than run on the text. To search the references for this text, type %1 before it.</source>
        <translation>手机号、身份证号和姓名只能按带密钥的指纹搜索，而此处没有可用的指纹密钥（没有钥匙串，或您的密钥不是此历史记录所用的密钥）：已拒绝此次搜索，不会按文本搜索。如要在业务编号中搜索此文本，请在前面加上 %1。</translation>
    </message>
    <message>
        <source>Search finds a whole mobile number, ID number or name, a RequestId, or part of a reference; text made only of letters is a name: type %1 before it to search the references.</source>
        <translation>可搜索完整的手机号、身份证号或姓名、RequestId，或业务编号的一部分；仅由字母组成的文本按姓名搜索：如要搜索业务编号，请在前面加上 %1。</translation>
    </message>
    <message>
        <source>Masked values such as 138****8000 or 张* cannot be searched: the history keeps no clear values to compare them with. Type the whole mobile number, ID number or name instead.</source>
        <translation>无法搜索 138****8000 或 张* 这样的脱敏值：历史记录不保存可供比对的明文。请输入完整的手机号、身份证号或姓名。</translation>
    </message>
    <message>
        <source>No attempt with exactly this name (as typed, letter case included). To search the references for this text instead, type %1 before it.</source>
        <translation>没有姓名与此完全相同（按输入原样，区分字母大小写）的尝试。如要改为在业务编号中搜索此文本，请在前面加上 %1。</translation>
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
    <message>
        <source>the database driver %1 is not installed</source>
        <translation>未安装数据库驱动 %1</translation>
    </message>
</context>
<context>
    <name>IdentitySource</name>
    <message>
        <source>--stdin expects one JSON object {&quot;mobile&quot;,&quot;name&quot;,&quot;id&quot;,&quot;reference&quot;} on standard input.</source>
        <translation>--stdin 需要从标准输入读取一个 JSON 对象 {&quot;mobile&quot;,&quot;name&quot;,&quot;id&quot;,&quot;reference&quot;}。</translation>
    </message>
    <message>
        <source>--stdin: &quot;%1&quot; is missing or not a string.</source>
        <translation>--stdin：“%1”缺失或不是字符串。</translation>
    </message>
    <message>
        <source>--stdin: &quot;reference&quot; must be a string.</source>
        <translation>--stdin：“reference”必须是字符串。</translation>
    </message>
    <message>
        <source>--stdin: unknown key &quot;%1&quot;.</source>
        <translation>--stdin：未知的键“%1”。</translation>
    </message>
    <message>
        <source>--stdin cannot be used with --mobile, --name or --id.</source>
        <translation>--stdin 不能与 --mobile、--name 或 --id 同时使用。</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>--stdin: the input is larger than 64 KiB.</source>
        <translation>--stdin：输入超过 64 KiB。</translation>
    </message>
    <message>
        <source>--mobile, --name and --id are all required, or --stdin with a JSON object.</source>
        <translation>必须同时给出 --mobile、--name 和 --id，或使用 --stdin 提供 JSON 对象。</translation>
    </message>
    <message>
        <source>Mobile number: </source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Name: </source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>ID number: </source>
        <translation>身份证号：</translation>
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
        <source>The first two digits (%1) are not a mainland province code.</source>
        <translation>前两位（%1）不是中国大陆省级行政区代码。</translation>
    </message>
    <message>
        <source>Region code %1 belongs to Hong Kong, Macao or Taiwan; only mainland resident ID cards can be verified.</source>
        <translation>地区代码 %1 属于港澳台地区；本服务只能核验中国大陆居民身份证。</translation>
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
    <message>
        <source>character %1 is a letter</source>
        <translation>第 %1 个字符是字母</translation>
    </message>
    <message>
        <source>character %1 is a digit</source>
        <translation>第 %1 个字符是数字</translation>
    </message>
    <message>
        <source>character %1 is a punctuation mark</source>
        <translation>第 %1 个字符是标点符号</translation>
    </message>
    <message>
        <source>character %1 is a symbol</source>
        <translation>第 %1 个字符是符号</translation>
    </message>
    <message>
        <source>character %1 is a space</source>
        <translation>第 %1 个字符是空格</translation>
    </message>
    <message>
        <source>character %1 is not allowed here</source>
        <translation>第 %1 个字符不允许出现在此处</translation>
    </message>
    <message>
        <source>A mobile number has digits only (%1).</source>
        <translation>手机号只能包含数字（%1）。</translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X (%1).</source>
        <translation>身份证号由 17 位数字加 1 位数字或 X 组成（%1）。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (characters 7 to 14) is not a real calendar date.</source>
        <translation>身份证号中的出生日期（第 7 至 14 位）不是有效的日历日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (characters 7 to 14) is before 1900.</source>
        <translation>身份证号中的出生日期（第 7 至 14 位）早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (characters 7 to 14) is in the future.</source>
        <translation>身份证号中的出生日期（第 7 至 14 位）晚于今天。</translation>
    </message>
    <message>
        <source>The last character does not match the first 17: this is not a valid ID number. Check it against the ID card.</source>
        <translation>最后一位与前 17 位不符：这不是有效的身份证号。请与身份证核对。</translation>
    </message>
    <message>
        <source>The area code (the first six digits) is not in the list of known area codes; check them.</source>
        <translation>地区码（前 6 位）不在已知地区码列表中，请核对。</translation>
    </message>
    <message>
        <source>A name can contain Chinese characters, Latin letters, spaces and the middle dot · (%1).</source>
        <translation>姓名只能包含汉字、拉丁字母、空格和间隔号 ·（%1）。</translation>
    </message>
    <message>
        <source>Stored as a number in the workbook; its last digits are lost — format the column as text.</source>
        <translation>在工作簿中以数字形式存储，末几位数字已丢失——请将该列设为文本格式。</translation>
    </message>
    <message>
        <source>A formula without a saved result: open the workbook in Excel or WPS, let it calculate and save it again.</source>
        <translation>公式没有保存计算结果：请在 Excel 或 WPS 中打开工作簿，计算后重新保存。</translation>
    </message>
    <message>
        <source>The cell holds an error value (a formula that failed).</source>
        <translation>单元格中是错误值（公式计算失败）。</translation>
    </message>
    <message>
        <source>The cell holds the error %1 (a formula that failed).</source>
        <translation>单元格中是错误值 %1（公式计算失败）。</translation>
    </message>
    <message>
        <source>A mainland mobile number has 11 digits: nothing more can be typed.</source>
        <translation>大陆手机号为 11 位数字：不能再输入更多字符。</translation>
    </message>
    <message>
        <source>Only digits can be typed in a mobile number: that character was refused.</source>
        <translation>手机号只能输入数字：刚才的字符未被接受。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters: nothing more can be typed.</source>
        <translation>身份证号为 18 位：不能再输入更多字符。</translation>
    </message>
    <message>
        <source>Only digits, and X as the last character, can be typed in an ID number: that character was refused.</source>
        <translation>身份证号只能输入数字，最后一位可以是 X：刚才的字符未被接受。</translation>
    </message>
    <message>
        <source>A name has at most 64 characters and no control characters: that input was refused.</source>
        <translation>姓名最多 64 个字符，且不能含控制字符：刚才的输入未被接受。</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no rows.</source>
        <translation>文件为空：既没有表头行，也没有数据行。</translation>
    </message>
    <message>
        <source>Line %1 contains binary data (a NUL or control byte): this is not a CSV text file.</source>
        <translation>第 %1 行包含二进制数据（NUL 或控制字节）：这不是 CSV 文本文件。</translation>
    </message>
    <message>
        <source>Line %1 is not valid text in the encoding %2. Save the file as UTF-8, or choose the encoding it was saved in (GB18030 for files from Chinese Excel).</source>
        <translation>第 %1 行不是有效的 %2 编码文本。请将文件另存为 UTF-8，或选择文件保存时所用的编码（中文版 Excel 保存的文件为 GB18030）。</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation>从第 %1 行开始的带引号字段没有结束：缺少一个引号（&quot;）。</translation>
    </message>
    <message>
        <source>Line %1: a closing quote (&quot;) must be followed by the delimiter or the end of the line.</source>
        <translation>第 %1 行：结束引号（&quot;）之后必须是分隔符或行尾。</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes: this does not look like a CSV file of identities.</source>
        <translation>第 %1 行超过 %2 字节：这看起来不像身份信息的 CSV 文件。</translation>
    </message>
    <message>
        <source>Line %1 is not a header that names the mobile, name and ID number columns (found: %2). Name the columns mobile, name and id_number (or 手机号, 姓名, 身份证号), or choose the columns.</source>
        <translation>第 %1 行不是指明手机号、姓名和身份证号列的表头（实际内容：%2）。请将各列命名为 手机号、姓名、身份证号（或 mobile、name、id_number），或手动指定列。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller batches.</source>
        <translation>文件超过 %1 行；请拆分成较小的批次。</translation>
    </message>
    <message>
        <source>The file is not the one this batch was started from (its content changed): the batch cannot be resumed with it.</source>
        <translation>该文件不是此批次开始时使用的文件（内容已改变）：不能用它继续此批次。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
</context>
<context>
    <name>IntegrityReport</name>
    <message>
        <source>The history %1 is kept on a PostgreSQL server, which verifies its own data pages; there is nothing to check from this computer.</source>
        <translation>历史记录 %1 保存在 PostgreSQL 服务器上，由服务器自行校验其数据页；无需在本机检查。</translation>
    </message>
    <message>
        <source>thorough check</source>
        <translation>完整检查</translation>
    </message>
    <message>
        <source>quick check</source>
        <translation>快速检查</translation>
    </message>
    <message>
        <source>The history %1 is sound (%2, %3 s).</source>
        <translation>历史记录 %1 完好（%2，%3 秒）。</translation>
    </message>
    <message>
        <source>The history %1 is damaged (%2): %3. It was not changed. Restore it from a backup, or move it aside to start a new history.</source>
        <translation>历史记录 %1 已损坏（%2）：%3。文件未被修改。请从备份恢复，或将其移走以开始新的历史记录。</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>tricheck-cli key: unknown subcommand &quot;%1&quot;.</source>
        <translation>tricheck-cli key：未知的子命令“%1”。</translation>
    </message>
    <message>
        <source>Usage:
  tricheck-cli key status [--history PATH] [--json]
  tricheck-cli key export [--output FILE|-] [--force] [--history PATH]
  tricheck-cli key import FILE [--force] [--history PATH]

The fingerprint key makes exact-match history search by mobile or ID number possible.
Everyone who shares a history needs the same key: export it where the history&apos;s key is
in use and import it everywhere else, or have the administrator&apos;s policy name a key file
(FingerprintKeyFile). Export and import are recorded in the audit trail with the key&apos;s id
only. Options of each: tricheck-cli key SUBCOMMAND --help.
</source>
        <translation>用法：
  tricheck-cli key status [--history PATH] [--json]
  tricheck-cli key export [--output FILE|-] [--force] [--history PATH]
  tricheck-cli key import FILE [--force] [--history PATH]

指纹密钥使按手机号或身份证号精确搜索历史记录成为可能。
共用同一历史记录的所有人都需要同一个密钥：在正在使用该历史记录密钥的电脑上导出，
在其他电脑上导入；或由管理员策略指定密钥文件（FingerprintKeyFile）。
导出和导入都会记入审计日志，只记录密钥标识，不记录密钥本身。
各子命令的选项：tricheck-cli key SUBCOMMAND --help。
</translation>
    </message>
    <message>
        <source>Nothing was done: the history&apos;s audit trail cannot record it.</source>
        <translation>未执行任何操作：历史记录的审计日志无法记录此操作。</translation>
    </message>
    <message>
        <source>Fingerprint key: none</source>
        <translation>指纹密钥：无</translation>
    </message>
    <message>
        <source>Fingerprint key: %1 (%2)</source>
        <translation>指纹密钥：%1（%2）</translation>
    </message>
    <message>
        <source>The history&apos;s key: %1</source>
        <translation>历史记录的密钥：%1</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>尚未记录</translation>
    </message>
    <message>
        <source>%1 exists already: add --force to replace it.</source>
        <translation>%1 已存在：加上 --force 以替换。</translation>
    </message>
    <message>
        <source>There is no fingerprint key to export.</source>
        <translation>没有可导出的指纹密钥。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported fingerprint key %1.</source>
        <translation>已导出指纹密钥 %1。</translation>
    </message>
    <message>
        <source>The keychain holds fingerprint key %1 already.</source>
        <translation>钥匙串中已经是指纹密钥 %1。</translation>
    </message>
    <message>
        <source>Replace fingerprint key %1 in your keychain with %2? Attempts recorded with the old key can then no longer be found by mobile or ID number.</source>
        <translation>要用 %2 替换钥匙串中的指纹密钥 %1 吗？之后将无法再按手机号或身份证号找到用旧密钥记录的核验。</translation>
    </message>
    <message>
        <source>Refusing to replace the key without confirmation: add --force.</source>
        <translation>未经确认不替换密钥：请加上 --force。</translation>
    </message>
    <message>
        <source>Type &quot;yes&quot; to confirm: </source>
        <translation>输入“yes”确认：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>The key was not replaced.</source>
        <translation>密钥未被替换。</translation>
    </message>
    <message>
        <source>The key cannot be stored in the keychain: %1</source>
        <translation>无法将密钥保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>Imported fingerprint key %1 into your keychain.</source>
        <translation>已将指纹密钥 %1 导入您的钥匙串。</translation>
    </message>
    <message>
        <source>Note: your administrator&apos;s policy names a key file (%1), which is used instead.</source>
        <translation>注意：管理员策略指定了密钥文件（%1），实际使用的是该文件中的密钥。</translation>
    </message>
    <message>
        <source>The history whose audit trail records the export or import (default: the application&apos;s).</source>
        <translation>由其审计日志记录导出或导入的历史记录（默认：应用程序的历史记录）。</translation>
    </message>
    <message>
        <source>export or import the fingerprint key a team shares for exact-match history search</source>
        <translation>导出或导入团队共用的指纹密钥，用于精确搜索历史记录</translation>
    </message>
    <message>
        <source>The key file to import.</source>
        <translation>要导入的密钥文件。</translation>
    </message>
    <message>
        <source>Write the key file here (&quot;-&quot;: standard output, the default).</source>
        <translation>将密钥文件写到此处（“-”：标准输出，默认）。</translation>
    </message>
    <message>
        <source>Replace the --output file if it exists.</source>
        <translation>--output 文件已存在时替换它。</translation>
    </message>
    <message>
        <source>Replace the key in your keychain without asking.</source>
        <translation>不经询问直接替换钥匙串中的密钥。</translation>
    </message>
    <message>
        <source>One JSON object on stdout.</source>
        <translation>在标准输出上输出一个 JSON 对象。</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>核验(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>C&amp;lear form</source>
        <translation>清空表单(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find in history</source>
        <translation>在历史记录中查找(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Privacy mask</source>
        <translation>隐私脱敏(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Sandbox &amp;sample people…</source>
        <translation>沙箱示例人员(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Verify a &amp;file…</source>
        <translation>核验文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Verify a file</source>
        <translation>核验文件</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Resume unfinished batch…</source>
        <translation>继续未完成的批量核验(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check history</source>
        <translation>检查历史记录(&amp;C)</translation>
    </message>
    <message>
        <source>Check the history database for damage (reads the whole file, in the background)</source>
        <translation>检查历史数据库是否损坏（在后台读取整个文件）</translation>
    </message>
    <message>
        <source>Result of the last verification</source>
        <translation>上次核验的结果</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>导出历史记录(&amp;E)…</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>视图(&amp;W)</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>The policy file cannot be read: %1</source>
        <translation>无法读取策略文件：%1</translation>
    </message>
    <message>
        <source>Unknown section %1 (only [Policy] is read).</source>
        <translation>未知的节 %1（只读取 [Policy] 节）。</translation>
    </message>
    <message>
        <source>Expected &quot;Name=value&quot;.</source>
        <translation>格式应为“名称=值”。</translation>
    </message>
    <message>
        <source>Settings must follow a [Policy] line.</source>
        <translation>设置项必须位于 [Policy] 行之后。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>未知的设置项“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>“%1”不是 %2 的有效取值。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in Locked.</source>
        <translation>Locked 中含有未知的设置项“%1”。</translation>
    </message>
    <message>
        <source>%1 is locked but has no valid value; using the safest one.</source>
        <translation>%1 已被锁定但没有有效取值，已采用最安全的取值。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>FingerprintKeyFile needs an absolute path.</source>
        <translation>FingerprintKeyFile 需要绝对路径。</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>manage credential profiles: list, add, remove, import-aliyun</source>
        <translation>管理凭据配置：list（列出）、add（添加）、remove（删除）、import-aliyun（从 aliyun CLI 导入）</translation>
    </message>
    <message>
        <source>Usage: tricheck-cli profile list
       tricheck-cli profile add NAME --access-key-id ID [--endpoint E] [--sts-token] [--default]
       tricheck-cli profile remove NAME
       tricheck-cli profile import-aliyun [--file PATH] [--profile NAME] [--replace]

Profiles keep the AccessKey ID (and an optional endpoint) in TriCheck&apos;s settings and the secret and STS token only in the system keychain. &apos;add&apos; reads the secret (and then the token) from standard input, or asks for it without echo on a terminal; never pass a secret as an argument.
</source>
        <translation>用法：tricheck-cli profile list
      tricheck-cli profile add NAME --access-key-id ID [--endpoint E] [--sts-token] [--default]
      tricheck-cli profile remove NAME
      tricheck-cli profile import-aliyun [--file PATH] [--profile NAME] [--replace]

配置将 AccessKey ID（及可选的接入点）保存在 TriCheck 的设置中，密钥和 STS 令牌只保存在系统密钥链中。&apos;add&apos; 从标准输入读取密钥（随后是令牌），在终端中则以不回显的方式提示输入；切勿把密钥作为命令行参数传入。
</translation>
    </message>
    <message>
        <source>Unknown profile command &quot;%1&quot;.</source>
        <translation>未知的 profile 子命令 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>List TriCheck&apos;s credential profiles (never their secrets).</source>
        <translation>列出 TriCheck 的凭据配置（绝不显示密钥）。</translation>
    </message>
    <message>
        <source>Add or replace a profile. The secret is read from standard input (first line), or asked for without echo on a terminal; with --sts-token the STS token follows (second line).</source>
        <translation>添加或替换一个配置。密钥从标准输入读取（第一行），在终端中则以不回显的方式提示输入；使用 --sts-token 时，STS 令牌紧随其后（第二行）。</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>配置名称。</translation>
    </message>
    <message>
        <source>The AccessKey ID.</source>
        <translation>AccessKey ID。</translation>
    </message>
    <message>
        <source>Endpoint for this profile: hongkong, hongkong-vpc or an https:// URL.</source>
        <translation>此配置使用的接入点：hongkong、hongkong-vpc 或 https:// URL。</translation>
    </message>
    <message>
        <source>Also read an STS security token.</source>
        <translation>同时读取 STS 安全令牌。</translation>
    </message>
    <message>
        <source>Make it the default profile.</source>
        <translation>设为默认配置。</translation>
    </message>
    <message>
        <source>Give exactly one profile name.</source>
        <translation>请只提供一个配置名称。</translation>
    </message>
    <message>
        <source>AccessKey secret for %1: </source>
        <translation>%1 的 AccessKey 密钥：</translation>
    </message>
    <message>
        <source>No AccessKey secret was given on standard input.</source>
        <translation>标准输入中没有提供 AccessKey 密钥。</translation>
    </message>
    <message>
        <source>STS security token: </source>
        <translation>STS 安全令牌：</translation>
    </message>
    <message>
        <source>No STS token was given on standard input.</source>
        <translation>标准输入中没有提供 STS 令牌。</translation>
    </message>
    <message>
        <source>Remove a profile and its keychain entries.</source>
        <translation>删除配置及其在密钥链中的条目。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>不存在名为 &quot;%1&quot; 的配置。</translation>
    </message>
    <message>
        <source>Copy AK and StsToken profiles of the aliyun CLI (~/.aliyun/config.json) into TriCheck&apos;s profiles, with their secrets in the system keychain. Other modes are listed as skipped, with the reason.</source>
        <translation>将 aliyun CLI（~/.aliyun/config.json）中 AK 和 StsToken 模式的配置复制为 TriCheck 的配置，密钥存入系统密钥链。其他模式的配置会列为已跳过，并说明原因。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration (default: %1).</source>
        <translation>aliyun CLI 配置文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Import only this profile.</source>
        <translation>仅导入此配置。</translation>
    </message>
    <message>
        <source>Replace TriCheck profiles of the same name (skipped otherwise).</source>
        <translation>替换同名的 TriCheck 配置（否则跳过）。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration has no profile named &quot;%1&quot;.</source>
        <translation>aliyun CLI 配置中没有名为 &quot;%1&quot; 的配置。</translation>
    </message>
    <message>
        <source>A TriCheck profile of this name exists; use --replace to overwrite it.</source>
        <translation>已存在同名的 TriCheck 配置；如需覆盖请使用 --replace。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey &amp;ID：</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey 密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>STS &amp;token:</source>
        <translation>STS 令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Use &amp;profile:</source>
        <translation>使用凭据配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>Secret stored in</source>
        <translation>密钥存放位置</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import from aliyun CLI…</source>
        <translation>从 aliyun CLI 导入(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>&quot;%1&quot; is not a proxy: use system, none, http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>“%1”不是有效的代理：请使用 system、none、http://主机:端口 或 socks5://主机:端口。</translation>
    </message>
    <message>
        <source>Put the proxy user name in its own field and the password in the keychain, not in the proxy address.</source>
        <translation>请将代理用户名填在单独的字段中，密码保存在钥匙串中，不要写在代理地址里。</translation>
    </message>
    <message>
        <source>The proxy address needs a port, e.g. http://proxy.example.com:3128.</source>
        <translation>代理地址需要端口，例如 http://proxy.example.com:3128。</translation>
    </message>
    <message>
        <source>The proxy password cannot be read from the keychain: %1</source>
        <translation>无法从钥匙串读取代理密码：%1</translation>
    </message>
</context>
<context>
    <name>RealServiceConfirmation</name>
    <message>
        <source>the AccessKey %1 (%2)</source>
        <translation>AccessKey %1（%2）</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; (AccessKey %2)</source>
        <translation>凭据配置“%1”（AccessKey %2）</translation>
    </message>
    <message>
        <source>the configured endpoint</source>
        <translation>已配置的接入点</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>endpoint (host)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Use the real service? Verifications will be sent to %1 with %2.</source>
        <translation>使用正式服务？核验请求将以%2发送到 %1。</translation>
    </message>
    <message>
        <source>Use the real service</source>
        <translation>使用正式服务</translation>
    </message>
    <message>
        <source>Every consistent or inconsistent answer is billed to this account (&quot;no record&quot; answers are not). Cancel keeps the sandbox: simulated results, nothing billed.</source>
        <translation>每个“一致”或“不一致”的应答都会向此账号计费（“查无记录”不计费）。取消则继续使用沙箱：模拟结果，不产生计费。</translation>
    </message>
</context>
<context>
    <name>ReceiptCommand</name>
    <message>
        <source>Writes the verification record of one attempt as PDF: masked values, the outcome and its meaning, BizCode and billing, RequestId, times, endpoint, signature scheme, ParamType, operator, reference and the SHA-256 digest of the stored record.</source>
        <translation>将一次核验的核验记录写为 PDF：掩码后的信息、核验结果及其含义、BizCode 与计费、RequestId、时间、接入点、签名方式、ParamType、操作员、参考号以及所存记录的 SHA-256 摘要。</translation>
    </message>
    <message>
        <source>The attempt&apos;s id (the history&apos;s Attempt ID).</source>
        <translation>该次核验的 ID（历史记录中的“核验 ID”）。</translation>
    </message>
    <message>
        <source>history receipt needs ATTEMPT_ID and --pdf FILE.</source>
        <translation>history receipt 需要 ATTEMPT_ID 和 --pdf FILE。</translation>
    </message>
    <message>
        <source>There is no attempt %1 in the history.</source>
        <translation>历史记录中没有核验 %1。</translation>
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
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Number status</source>
        <translation>号码状态</translation>
    </message>
    <message>
        <source>Result when sent as is</source>
        <translation>按原样提交时的结果</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Other (e.g. suspended)</source>
        <translation>其他（如停机）</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or zh_CN.</source>
        <translation>未知语言“%1”：请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Language of the PDF: en or zh_CN.</source>
        <translation>PDF 的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Write the PDF to FILE (atomically).</source>
        <translation>将 PDF 写入 FILE（原子写入）。</translation>
    </message>
    <message>
        <source>The history database: a file, or postgresql://USER@HOST:PORT/DB (default: the application&apos;s).</source>
        <translation>历史记录数据库：文件，或 postgresql://USER@HOST:PORT/DB（默认：应用程序的历史记录）。</translation>
    </message>
    <message>
        <source>a period&apos;s figures as a PDF report (and JSON)</source>
        <translation>将一个期间的统计数据生成 PDF 报告（及 JSON）</translation>
    </message>
    <message>
        <source>Writes the report of a period as PDF: totals, a chart, a per-day table, error kinds, carriers, operators, batches and the audit events of the period. Masked values only. --json prints the same figures as one JSON object on stdout.</source>
        <translation>将一个期间的报告写为 PDF：合计、图表、每日明细、错误类型、运营商、操作员、批量核验以及该期间的审计事件。仅含掩码信息。--json 在标准输出上以一个 JSON 对象输出相同的数据。</translation>
    </message>
    <message>
        <source>First day (local time).</source>
        <translation>第一天（本地时间）。</translation>
    </message>
    <message>
        <source>Last day, included.</source>
        <translation>最后一天（包含）。</translation>
    </message>
    <message>
        <source>Print the figures as one JSON object.</source>
        <translation>以一个 JSON 对象输出统计数据。</translation>
    </message>
    <message>
        <source>report needs --from DATE, --to DATE and --pdf FILE.</source>
        <translation>report 需要 --from DATE、--to DATE 和 --pdf FILE。</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot;: use YYYY-MM-DD.</source>
        <translation>日期“%1”无效：请使用 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from 不能晚于 --to。</translation>
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
        <source>No business code</source>
        <translation>无业务码</translation>
    </message>
    <message>
        <source>Unknown business code %1</source>
        <translation>未知业务码 %1</translation>
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
    <message>
        <source>Simulated — not billed</source>
        <translation>模拟 — 不计费</translation>
    </message>
    <message>
        <source>Inconsistent — other</source>
        <translation>不一致（其他）</translation>
    </message>
    <message>
        <source>Inconsistent — name or ID matches</source>
        <translation>不一致（姓名或身份证号一致）</translation>
    </message>
    <message>
        <source>MD5 digests</source>
        <translation>MD5 摘要</translation>
    </message>
    <message>
        <source>Plain values</source>
        <translation>明文</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Carrier:</source>
        <translation>运营商：</translation>
    </message>
    <message>
        <source>BizCode:</source>
        <translation>BizCode：</translation>
    </message>
    <message>
        <source>RequestId:</source>
        <translation>RequestId：</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>耗时：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>核验内容：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>业务编号：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
</context>
<context>
    <name>RowIssue</name>
    <message>
        <source>%1: %2</source>
        <comment>a field and what is wrong with it</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>RowSkipper</name>
    <message numerus="yes">
        <source>Rows verified in the last %n day(s) cannot be skipped: the fingerprint key is not available from the keychain, so earlier checks cannot be recognised. Unlock the keychain, or start the batch without skipping.</source>
        <translation>
            <numerusform>无法跳过最近 %n 天内已核验的行：无法从钥匙串获取指纹密钥，因此无法识别之前的核验。请解锁钥匙串，或不跳过地开始批次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows verified in the last %n day(s) cannot be skipped: %1</source>
        <translation>
            <numerusform>最近 %n 天内核验过的行无法跳过：%1</numerusform>
        </translation>
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
        <source>Print one JSON line per request received (no personal data; the person asked about appears only as &quot;subject&quot;, a keyed hash that is the same for the same values within one run).</source>
        <translation>每收到一个请求打印一行 JSON（不含个人数据；所核验的人只以 &quot;subject&quot; 出现：一个带密钥的哈希值，同一次运行中相同的值得到相同的 subject）。</translation>
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
    <message>
        <source>Serve HTTPS with this PEM certificate (with --tls-key); clients must trust it. Without it the sandbox serves plain HTTP.</source>
        <translation>使用此 PEM 证书提供 HTTPS（须同时给出 --tls-key）；客户端必须信任该证书。不给出时沙盒提供明文 HTTP。</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key (RSA or EC, not encrypted).</source>
        <translation>该证书的 PEM 私钥（RSA 或 EC，未加密）。</translation>
    </message>
    <message>
        <source>--tls-certificate and --tls-key go together.</source>
        <translation>--tls-certificate 与 --tls-key 须同时给出。</translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>ParamType md5 is required by your administrator&apos;s policy: each value is sent as its MD5 digest.</source>
        <translation>管理员策略要求使用 ParamType md5：每个值都以其 MD5 摘要发送。</translation>
    </message>
    <message>
        <source>ParamType md5 is on in the settings: each value is sent as its MD5 digest.</source>
        <translation>设置中已开启 ParamType md5：每个值都以其 MD5 摘要发送。</translation>
    </message>
</context>
<context>
    <name>SessionConfig</name>
    <message>
        <source>%1 is set by your administrator&apos;s policy: using &quot;%2&quot; instead.</source>
        <translation>%1 由管理员策略设定：改用“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2; it is ignored.</source>
        <translation>“%1”不是 %2 的有效值，已忽略。</translation>
    </message>
    <message>
        <source>%1 is overruled by your administrator&apos;s policy: attempts are recorded in the history.</source>
        <translation>%1 被管理员策略否决：核验尝试会记录在历史中。</translation>
    </message>
    <message>
        <source>The administrator&apos;s policy %1 cannot be read completely, so every setting is locked (at the safest value where the file does not give one). Ask your administrator to correct it:
%2</source>
        <translation>无法完整读取管理员策略 %1，因此所有设置均已锁定（文件未给出的值采用最安全的值）。请联系管理员更正：
%2</translation>
    </message>
    <message>
        <source>%1 asks for the sandbox (%2), but your administrator&apos;s policy sends verifications to %3, where they are billed: nothing is sent.</source>
        <translation>%1 要求使用沙箱（%2），但管理员策略将核验发往 %3，在那里会计费：未发送任何请求。</translation>
    </message>
    <message>
        <source>The credentials name the endpoint &quot;%1&quot;, which cannot be used: %2</source>
        <translation>凭据指定的接入点“%1”无法使用：%2</translation>
    </message>
    <message>
        <source>The sandbox (an endpoint on this computer, %1) is not allowed by your administrator&apos;s policy.</source>
        <translation>管理员策略不允许使用沙箱（本机上的接入点，%1）。</translation>
    </message>
    <message>
        <source>Your administrator&apos;s policy keeps every attempt in the history: nothing can be deleted by hand.</source>
        <translation>管理员策略要求保留历史中的所有核验尝试：不能手动删除。</translation>
    </message>
    <message numerus="yes">
        <source>Your administrator&apos;s policy keeps attempts for %n day(s): only older attempts can be deleted.</source>
        <translation>
            <numerusform>管理员策略要求核验尝试保留 %n 天：只能删除更早的记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionFlags</name>
    <message>
        <source>Signature scheme: v3 (ACS3-HMAC-SHA256, the default) or v1 (HMAC-SHA1) for gateways that need it. Default: the one chosen in the settings.</source>
        <translation>签名方式：v3（ACS3-HMAC-SHA256，默认）或 v1（HMAC-SHA1，用于需要它的网关）。默认：设置中选择的方式。</translation>
    </message>
    <message>
        <source>hongkong (the default), hongkong-vpc, an https:// URL, or an http:// URL of this computer (the sandbox). Default: the profile&apos;s endpoint, if any; when resuming a batch, the batch&apos;s.</source>
        <translation>hongkong（默认）、hongkong-vpc、https:// URL，或本机的 http:// URL（沙箱）。默认：配置中的接入点（如有）；继续批次时为该批次的接入点。</translation>
    </message>
    <message>
        <source>Use this credential profile (TriCheck&apos;s, else the aliyun CLI&apos;s). Without it, in this order: ALIBABA_CLOUD_ACCESS_KEY_ID with ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN), ALIBABA_CLOUD_PROFILE, the default profile, the aliyun CLI&apos;s current profile.</source>
        <translation>使用此凭据配置（先找 TriCheck 的，再找 aliyun CLI 的）。未指定时依次使用：ALIBABA_CLOUD_ACCESS_KEY_ID 与 ALIBABA_CLOUD_ACCESS_KEY_SECRET（及 ALIBABA_CLOUD_SECURITY_TOKEN）、ALIBABA_CLOUD_PROFILE、默认配置、aliyun CLI 的当前配置。</translation>
    </message>
    <message>
        <source>Give up waiting for an answer after N milliseconds, 100 to 600000 (default: the settings&apos;, 10000; connecting is limited to 5000). A timeout after sending may still be billed.</source>
        <translation>等待应答 N 毫秒后放弃，范围 100 至 600000（默认：设置中的值，10000；建立连接最长 5000）。请求发出后超时仍可能计费。</translation>
    </message>
    <message>
        <source>How to reach the service: system (the default: the system&apos;s proxy settings), none, http://HOST:PORT or socks5://HOST:PORT. The proxy user name comes from the settings, its password from the keychain.</source>
        <translation>访问服务的方式：system（默认：系统代理设置）、none、http://主机:端口 或 socks5://主机:端口。代理用户名取自设置，密码取自钥匙串。</translation>
    </message>
    <message>
        <source>Send each value as its MD5 digest (ParamType md5), computed here: the plaintext never leaves this computer. Values that already are 32-hex digests are sent as they are.</source>
        <translation>以 MD5 摘要发送各字段（ParamType md5），摘要在本机计算：明文绝不离开本机。已是 32 位十六进制摘要的值按原样发送。</translation>
    </message>
    <message>
        <source>The history database: a file, or postgresql://USER@HOST:PORT/DB (default: the settings&apos; history).</source>
        <translation>历史数据库：文件，或 postgresql://USER@HOST:PORT/DB（默认：设置中的历史）。</translation>
    </message>
    <message>
        <source>Do not record the attempt in the history.</source>
        <translation>不在历史记录中保存本次核验。</translation>
    </message>
    <message>
        <source>--signature must be v3 or v1, not &quot;%1&quot;.</source>
        <translation>--signature 只能是 v3 或 v1，不能是“%1”。</translation>
    </message>
    <message>
        <source>--timeout-ms must be a number of milliseconds from 100 to 600000.</source>
        <translation>--timeout-ms 必须是 100 到 600000 之间的毫秒数。</translation>
    </message>
    <message>
        <source>--history and --no-history cannot be used together.</source>
        <translation>--history 和 --no-history 不能同时使用。</translation>
    </message>
    <message>
        <source>--history needs a file path or a postgresql:// URL.</source>
        <translation>--history 需要文件路径或 postgresql:// URL。</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file, besides the system&apos;s: a company proxy that inspects TLS, a private gateway, a sandbox with its own certificate. Verification stays on. Default: the settings&apos; file, if any.</source>
        <translation>除系统的证书外，还信任此 PEM 文件中的证书颁发机构：检查 TLS 的公司代理、私有网关、使用自有证书的沙盒。证书校验始终开启。默认：设置中的文件（如有）。</translation>
    </message>
    <message>
        <source>--ca-certificates needs the path of a PEM file.</source>
        <translation>--ca-certificates 需要一个 PEM 文件的路径。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>隐私：</translation>
    </message>
    <message>
        <source>&amp;Mask identity values in fields that are not being edited</source>
        <translation>未在编辑的字段中对身份信息脱敏显示(&amp;M)</translation>
    </message>
    <message>
        <source>Default &amp;ParamType:</source>
        <translation>默认 &amp;ParamType：</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>签名(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Keep attempts for:</source>
        <translation>核验记录保留(&amp;K)：</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>Skip &amp;verified within:</source>
        <translation>跳过近期已核验(&amp;V)：</translation>
    </message>
    <message>
        <source>Ask &amp;before a repeat:</source>
        <translation>重复核验前询问(&amp;B)：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>业务编号：</translation>
    </message>
    <message>
        <source>&amp;Keep the reference for the next verification</source>
        <translation>下次核验保留业务编号(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Always MD5: the form&apos;s MD5 toggle cannot be turned off</source>
        <translation>始终使用 MD5(&amp;A)：表单中的 MD5 开关无法关闭</translation>
    </message>
    <message>
        <source>Trusted &amp;certificates:</source>
        <translation>受信任的证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>浏览(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>SharedStrings</name>
    <message>
        <source>the workbook has more than %1 shared strings.</source>
        <translation>工作簿中的共享字符串超过 %1 个。</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>a cell of row %1 has no valid shared string number</source>
        <translation>第 %1 行有一个单元格的共享字符串编号无效</translation>
    </message>
    <message>
        <source>row %1 refers to shared string %2, which does not exist</source>
        <translation>第 %1 行引用了不存在的共享字符串 %2</translation>
    </message>
    <message>
        <source>a row has the number &quot;%1&quot;</source>
        <translation>有一行的行号为“%1”</translation>
    </message>
    <message>
        <source>a row has the number %1</source>
        <translation>有一行的行号为 %1</translation>
    </message>
    <message>
        <source>row %1 comes after row %2</source>
        <translation>第 %1 行出现在第 %2 行之后</translation>
    </message>
    <message>
        <source>a cell of row %1 has the reference &quot;%2&quot;</source>
        <translation>第 %1 行有一个单元格的引用为“%2”</translation>
    </message>
    <message>
        <source>a cell of row %1 holds more text than a cell can</source>
        <translation>第 %1 行有一个单元格的文本超出单元格的容量</translation>
    </message>
</context>
<context>
    <name>StatisticsQuery</name>
    <message>
        <source>%1-W%2</source>
        <extracomment>An ISO week: %1 the year, %2 the week number (1-53).</extracomment>
        <translation>%1年第%2周</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <extracomment>A month: %1 the year, %2 the month (01-12).</extracomment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last day.</source>
        <translation>期间的第一天晚于最后一天。</translation>
    </message>
</context>
<context>
    <name>TeamKey</name>
    <message>
        <source>Your fingerprint key (id %1) is not the one this history uses (id %2), so you cannot find your colleagues&apos; attempts by mobile or ID number, nor they yours. Searching for a mobile or ID number is off, and new attempts are recorded without fingerprints. Ask your administrator for the team&apos;s key (tricheck-cli key import).</source>
        <translation>您的指纹密钥（标识 %1）不是该历史记录使用的密钥（标识 %2），因此您无法按手机号或身份证号找到同事的核验记录，同事也找不到您的。按手机号或身份证号搜索已关闭，新的核验记录不带指纹。请向管理员索取团队密钥（tricheck-cli key import）。</translation>
    </message>
    <message>
        <source>It cannot be checked whether your fingerprint key is the one this history uses: %1 Searching for a mobile or ID number is off, and new attempts are recorded without fingerprints.</source>
        <translation>无法检查您的指纹密钥是否为该历史记录使用的密钥：%1 按手机号或身份证号搜索已关闭，新的核验记录不带指纹。</translation>
    </message>
    <message>
        <source>The team&apos;s fingerprint key from your administrator&apos;s policy cannot be used: %1 Searching for a mobile or ID number is off, and new attempts are recorded without fingerprints.</source>
        <translation>管理员策略指定的团队指纹密钥无法使用：%1 按手机号或身份证号搜索已关闭，新的核验记录不带指纹。</translation>
    </message>
</context>
<context>
    <name>TrustedCertificates</name>
    <message>
        <source>Cannot read the trusted certificates in %1: %2</source>
        <translation>无法读取 %1 中的受信任证书：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a file of certificates (more than 4 MiB).</source>
        <translation>%1 作为证书文件过大（超过 4 MiB）。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>%1 中没有 PEM 证书（“-----BEGIN CERTIFICATE-----”）。</translation>
    </message>
    <message>
        <source>No certificate in %1 is valid today: each has expired or is not valid yet.</source>
        <translation>%1 中没有今天有效的证书：每个证书都已过期或尚未生效。</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>verify a mobile number, name and ID number with Alibaba Cloud (one signed, billed call)</source>
        <translation>通过阿里云核验手机号、姓名和身份证号（一次签名、计费的调用）</translation>
    </message>
    <message>
        <source>Mainland mobile number (11 digits; +86, spaces and hyphens are removed).</source>
        <translation>中国大陆手机号（11 位；自动去除 +86、空格和连字符）。</translation>
    </message>
    <message>
        <source>Name as on the ID card.</source>
        <translation>身份证上的姓名。</translation>
    </message>
    <message>
        <source>18-character resident ID number.</source>
        <translation>18 位居民身份证号。</translation>
    </message>
    <message>
        <source>Your reference for this check (case number …), kept with the attempt.</source>
        <translation>本次核验的业务编号（案件号等），随核验记录一起保存。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Warning: this attempt could not be recorded in the history: %1</source>
        <translation>警告：本次核验未能写入历史记录：%1</translation>
    </message>
    <message>
        <source>Record the attempt in the history database at PATH (a file, or postgresql://USER@HOST:PORT/DB) instead of the default.</source>
        <translation>将本次核验记录到 PATH 处的历史记录数据库（文件，或 postgresql://USER@HOST:PORT/DB），而不是默认位置。</translation>
    </message>
    <message>
        <source>Output: exactly one JSON object on stdout. On a result (any BizCode):
  {&quot;requestId&quot;,&quot;code&quot;,&quot;message&quot;,&quot;bizCode&quot;,&quot;subCode&quot;,&quot;ispName&quot;,&quot;billed&quot;,
   &quot;paramType&quot;,&quot;signature&quot;,&quot;endpoint&quot;,&quot;latencyMs&quot;, …}
On failure:
  {&quot;error&quot;:{&quot;kind&quot;,&quot;httpStatus&quot;,&quot;code&quot;,&quot;message&quot;,&quot;requestId&quot;, …}}
Human-readable messages go to stderr.

Input: with --stdin, one JSON object {&quot;mobile&quot;:&quot;…&quot;,&quot;name&quot;:&quot;…&quot;,&quot;id&quot;:&quot;…&quot;,&quot;reference&quot;:&quot;…&quot;} (reference optional) on standard input; this keeps the values out of process lists and shell history. On a terminal, values not given as flags are asked for (the ID number is not shown).

Nothing is retried unless the service provably did not process it (connection refused, host not found, throttling): a check is never billed twice by TriCheck.

Settings locked by the administrator&apos;s policy (endpoint, signature, md5, timeout, history, proxy, sandbox) win over flags; stderr says when a flag was overridden.

</source>
        <translation>输出：标准输出上恰好一个 JSON 对象。有结果时（任何 BizCode）：
  {&quot;requestId&quot;,&quot;code&quot;,&quot;message&quot;,&quot;bizCode&quot;,&quot;subCode&quot;,&quot;ispName&quot;,&quot;billed&quot;,
   &quot;paramType&quot;,&quot;signature&quot;,&quot;endpoint&quot;,&quot;latencyMs&quot;, …}
失败时：
  {&quot;error&quot;:{&quot;kind&quot;,&quot;httpStatus&quot;,&quot;code&quot;,&quot;message&quot;,&quot;requestId&quot;, …}}
供人阅读的信息输出到标准错误。

输入：使用 --stdin 时，从标准输入读取一个 JSON 对象 {&quot;mobile&quot;:&quot;…&quot;,&quot;name&quot;:&quot;…&quot;,&quot;id&quot;:&quot;…&quot;,&quot;reference&quot;:&quot;…&quot;}（reference 可选）；这样这些值不会出现在进程列表和 shell 历史中。在终端上，未通过参数给出的值会被询问（身份证号不显示）。

除非服务确定未处理请求（连接被拒绝、找不到主机、限流），否则不会重试：TriCheck 绝不会让一次核验被计费两次。

管理员策略锁定的设置（接入点、签名、MD5、超时、历史记录、代理、沙箱）优先于命令行参数；参数被覆盖时会在标准错误中说明。

</translation>
    </message>
    <message>
        <source>Read the three values (and a reference) as one JSON object {&quot;mobile&quot;,&quot;name&quot;,&quot;id&quot;,&quot;reference&quot;} from standard input: recommended for scripts, since arguments are visible to other users (ps, /proc) and kept in shell history.</source>
        <translation>从标准输入读取三个值（及备注），格式为一个 JSON 对象 {&quot;mobile&quot;,&quot;name&quot;,&quot;id&quot;,&quot;reference&quot;}：推荐脚本使用，因为命令行参数对其他用户可见（ps、/proc），并会保留在 shell 历史中。</translation>
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
    <message>
        <source>New verification</source>
        <translation>新建核验</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>业务编号(&amp;R)：</translation>
    </message>
    <message>
        <source>Case or ticket number (optional)</source>
        <translation>案件号或工单号（可选）</translation>
    </message>
    <message>
        <source>Send as MD5 &amp;digests (ParamType md5)</source>
        <translation>以 MD5 摘要提交(&amp;D)（ParamType md5）</translation>
    </message>
    <message>
        <source>Mobile</source>
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
        <source>Only these digests are sent: the plaintext does not leave this computer.</source>
        <translation>只提交这些摘要：明文不会离开本机。</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>核验(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
</context>
<context>
    <name>WorkbookIndex</name>
    <message>
        <source>The workbook has no worksheet (only charts).</source>
        <translation>工作簿中没有工作表（只有图表）。</translation>
    </message>
    <message>
        <source>The workbook has no worksheet named &quot;%1&quot; (its worksheets: %2).</source>
        <translation>工作簿中没有名为“%1”的工作表（其工作表：%2）。</translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods), not an Excel workbook. Save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>这是 OpenDocument 电子表格（.ods），不是 Excel 工作簿。请另存为 Excel 工作簿（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <source>This is a zip archive, but not an Excel workbook (.xlsx).</source>
        <translation>这是一个 zip 压缩包，但不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>This is an Excel binary workbook (.xlsb). Save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>这是 Excel 二进制工作簿（.xlsb）。请另存为 Excel 工作簿（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <source>the worksheet part %1 is missing</source>
        <translation>缺少工作表部件 %1</translation>
    </message>
</context>
<context>
    <name>WorkbookWriter</name>
    <message>
        <source>The workbook cannot be written: no temporary file (%1).</source>
        <translation>无法写入工作簿：无法创建临时文件（%1）。</translation>
    </message>
    <message>
        <source>The workbook cannot be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>out of memory or no temporary directory</source>
        <translation>内存不足或没有临时目录</translation>
    </message>
    <message>
        <source>it was not started</source>
        <translation>工作簿尚未开始写入</translation>
    </message>
    <message>
        <source>Excel workbooks cannot be written: %1 cannot be loaded (%2). Install the libxlsxwriter4 package.</source>
        <translation>无法写入 Excel 工作簿：无法加载 %1（%2）。请安装 libxlsxwriter4 软件包。</translation>
    </message>
    <message>
        <source>Excel workbooks cannot be written: %1 lacks a function TriCheck needs.</source>
        <translation>无法写入 Excel 工作簿：%1 缺少 TriCheck 需要的函数。</translation>
    </message>
    <message>
        <source>Excel workbooks cannot be written in this AddressSanitizer build: it refuses the isolated loading (RTLD_DEEPBIND) that %1 needs.</source>
        <translation>此 AddressSanitizer 构建无法写出 Excel 工作簿：它不允许 %1 所需的隔离加载方式（RTLD_DEEPBIND）。</translation>
    </message>
</context>
<context>
    <name>XlsxArchive</name>
    <message>
        <source>it is not a complete zip archive; the file may be truncated</source>
        <translation>它不是完整的 zip 压缩包，文件可能不完整</translation>
    </message>
    <message>
        <source>the archive lists %1 entries.</source>
        <translation>压缩包中列出了 %1 个条目。</translation>
    </message>
    <message>
        <source>its list of entries cannot be read</source>
        <translation>无法读取其条目列表</translation>
    </message>
    <message>
        <source>the archive lists more than %1 entries.</source>
        <translation>压缩包中列出的条目超过 %1 个。</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>缺少部件 %1</translation>
    </message>
    <message>
        <source>The workbook is encrypted. Save it again without a password, then choose it.</source>
        <translation>工作簿已加密。请去掉密码重新保存，然后再选择它。</translation>
    </message>
    <message>
        <source>%1 uses an unsupported compression method (%2)</source>
        <translation>%1 使用了不支持的压缩方法（%2）</translation>
    </message>
    <message>
        <source>%1 unpacks to %2 MB, more than a workbook of this kind may hold (at most %3 MB).</source>
        <translation>%1 解压后为 %2 MB，超出此类工作簿应有的大小（最多 %3 MB）。</translation>
    </message>
    <message>
        <source>%1 would unpack %2 times larger than it is stored (a zip bomb?).</source>
        <translation>%1 解压后将是存储大小的 %2 倍（可能是压缩炸弹）。</translation>
    </message>
    <message>
        <source>the part %1 cannot be found</source>
        <translation>找不到部件 %1</translation>
    </message>
    <message>
        <source>the part %1 cannot be opened</source>
        <translation>无法打开部件 %1</translation>
    </message>
</context>
<context>
    <name>XlsxError</name>
    <message>
        <source>The workbook is damaged and cannot be read (%1). Open it in Excel or WPS and save it again.</source>
        <translation>工作簿已损坏，无法读取（%1）。请在 Excel 或 WPS 中打开并重新保存。</translation>
    </message>
    <message>
        <source>The workbook was refused as unsafe to read: %1</source>
        <translation>工作簿被认为读取不安全，已拒绝：%1</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>TriCheck history export</source>
        <translation>TriCheck 历史记录导出</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>核验记录数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>every attempt</source>
        <translation>全部核验记录</translation>
    </message>
    <message>
        <source>sorted by</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>, ascending</source>
        <translation>，升序</translation>
    </message>
    <message>
        <source>, descending</source>
        <translation>，降序</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Identity values</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>masked: the history holds no plaintext mobile number, name or ID number</source>
        <translation>已脱敏：历史记录中没有明文手机号、姓名或身份证号</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>XlsxSource</name>
    <message>
        <source>The file is not an Excel workbook: it has no worksheet &quot;%1&quot;. Choose a worksheet only for an .xlsx file.</source>
        <translation>该文件不是 Excel 工作簿：其中没有工作表“%1”。只有 .xlsx 文件才需要选择工作表。</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls) or a password-protected workbook. Save it as an Excel workbook (.xlsx) without a password, or as CSV, then choose it.</source>
        <translation>这是 Excel 97-2003 工作簿（.xls）或受密码保护的工作簿。请另存为不带密码的 Excel 工作簿（.xlsx）或 CSV，然后再选择它。</translation>
    </message>
</context>
<context>
    <name>XmlPart</name>
    <message>
        <source>%1 contains a document type declaration, which a workbook never has.</source>
        <translation>%1 中含有文档类型声明（DTD），工作簿中不应出现。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
</context>
<context>
    <name>tricheck::batch::BatchLauncher</name>
    <message>
        <source>No history database is open: the batch&apos;s journal lives there.</source>
        <translation>没有打开历史数据库：批次日志保存在其中。</translation>
    </message>
    <message>
        <source>Another batch is running; one batch runs at a time.</source>
        <translation>另一个批量核验正在进行；同一时间只能运行一个批量核验。</translation>
    </message>
    <message>
        <source>Interrupted before anything was sent.</source>
        <translation>在发送任何请求之前被中断。</translation>
    </message>
    <message>
        <source>Batch %1 was started without MD5; resume it the same way.</source>
        <translation>批次 %1 开始时没有使用 MD5；请以同样方式继续。</translation>
    </message>
    <message>
        <source>Batch %1 was started with plain values, but your administrator&apos;s policy now requires MD5: it cannot be resumed. Start the file again as a new batch.</source>
        <translation>批次 %1 开始时发送的是明文值，但管理员策略现在要求 MD5：无法继续该批次。请将该文件作为新批次重新开始。</translation>
    </message>
    <message>
        <source>This file was verified before, as batch %1: %2 of %3 rows sent, %4 billed. Resume that batch, or start a new one (its rows may be billed again).</source>
        <translation>此文件之前已作为批次 %1 核验过：已发送 %3 行中的 %2 行，计费 %4 次。请继续该批次，或开始一个新批次（其中的行可能再次计费）。</translation>
    </message>
    <message>
        <source>Batch %1 was started with plain values, but your settings now require MD5: it cannot be resumed. Start the file again as a new batch, or turn off &quot;Always MD5&quot; in Settings.</source>
        <translation>批次 %1 开始时发送的是明文值，但您的设置现在要求 MD5：无法继续该批次。请将该文件作为新批次重新开始，或在设置中关闭“始终使用 MD5”。</translation>
    </message>
</context>
<context>
    <name>tricheck::batch::BatchRunner</name>
    <message>
        <source>This batch runner has been started already.</source>
        <translation>此批次执行器已经启动。</translation>
    </message>
    <message>
        <source>Another batch is running in this program; the request rate is shared by the account, so one batch runs at a time.</source>
        <translation>本程序中已有另一个批次在运行；请求速率由整个账号共享，因此同一时间只能运行一个批次。</translation>
    </message>
    <message>
        <source>A batch needs the history database: it keeps the batch&apos;s journal.</source>
        <translation>批次需要历史记录数据库：批次日志保存在其中。</translation>
    </message>
    <message>
        <source>There is no batch %1 in this history.</source>
        <translation>此历史记录中没有批次 %1。</translation>
    </message>
    <message>
        <source>Batch %1 has not been taken over by this process.</source>
        <translation>批次 %1 尚未由本进程接管。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Stopped: the last %1 requests failed on the network (%2).</source>
        <translation>已停止：最近 %1 个请求均因网络失败（%2）。</translation>
    </message>
    <message>
        <source>Stopped: the service refused the last %1 requests (credentials or permission).</source>
        <translation>已停止：服务拒绝了最近 %1 个请求（凭据或权限问题）。</translation>
    </message>
    <message numerus="yes">
        <source>This month&apos;s budget is reached: %n check(s) of this run were billed or may have been; the rows not sent stay pending for a later resume.</source>
        <translation>
            <numerusform>已达到本月预算：本次运行有 %n 次核验已计费或可能已计费；未发送的行保持待发送，可稍后恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricheck::credentials::CredentialResolver</name>
    <message>
        <source>Only one of ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET is set; set both, or neither.</source>
        <translation>ALIBABA_CLOUD_ACCESS_KEY_ID 与 ALIBABA_CLOUD_ACCESS_KEY_SECRET 只设置了其中一个；请同时设置或都不设置。</translation>
    </message>
    <message>
        <source>No AccessKey found. Add a profile (tricheck-cli profile add), set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure the aliyun CLI.</source>
        <translation>未找到 AccessKey。请添加配置（tricheck-cli profile add），或设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，或配置 aliyun CLI。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>不存在名为 &quot;%1&quot; 的配置。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;, neither TriCheck&apos;s nor the aliyun CLI&apos;s.</source>
        <translation>TriCheck 和 aliyun CLI 中都没有名为 &quot;%1&quot; 的配置。</translation>
    </message>
</context>
<context>
    <name>tricheck::credentials::Keychain</name>
    <message>
        <source>The keychain holds no such entry.</source>
        <translation>密钥链中没有该条目。</translation>
    </message>
    <message>
        <source>No keychain service is available (%1). Start the desktop&apos;s keyring (a Secret Service such as GNOME Keyring or KWallet) to keep secrets between sessions.</source>
        <translation>没有可用的密钥链服务（%1）。请启动桌面的密钥环（Secret Service，例如 GNOME Keyring 或 KWallet），才能跨会话保存密钥。</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>密钥链拒绝访问（%1）。请解锁后重试。</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1).</source>
        <translation>密钥链报告错误（%1）。</translation>
    </message>
</context>
<context>
    <name>tricheck::credentials::ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>配置必须有名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable profile name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; 不能用作配置名称：请使用 1 到 64 个字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 或 &apos;@&apos;，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>An AccessKey ID is required.</source>
        <translation>必须填写 AccessKey ID。</translation>
    </message>
    <message>
        <source>The AccessKey ID may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>AccessKey ID 只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>The AccessKey secret is empty.</source>
        <translation>AccessKey 密钥为空。</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; could not be stored: %2</source>
        <translation>无法保存配置 &quot;%1&quot; 的密钥：%2</translation>
    </message>
    <message>
        <source>The security token of profile &quot;%1&quot; could not be stored: %2</source>
        <translation>无法保存配置 &quot;%1&quot; 的安全令牌：%2</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>不存在名为 &quot;%1&quot; 的配置。</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; could not be removed from the keychain: %2</source>
        <translation>无法从密钥链中删除配置 &quot;%1&quot; 的密钥：%2</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; was kept for one session only, because no keychain service was available. Add the profile again.</source>
        <translation>由于当时没有可用的密钥链服务，配置 &quot;%1&quot; 的密钥仅在该次会话中保留。请重新添加该配置。</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>无法从密钥链读取配置 &quot;%1&quot; 的密钥：%2</translation>
    </message>
    <message>
        <source>The security token of profile &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>无法从密钥链读取配置 &quot;%1&quot; 的安全令牌：%2</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::Accessibility</name>
    <message>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>清除文本</translation>
    </message>
    <message>
        <source>Clear “%1”</source>
        <translation>清除“%1”</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::AliyunImportDialog</name>
    <message>
        <source>Import from the aliyun CLI</source>
        <translation>从 aliyun CLI 导入</translation>
    </message>
    <message>
        <source>Profiles in %1. The AccessKey secret is copied to the system keychain; the aliyun CLI&apos;s file is not changed.</source>
        <translation>%1 中的配置。AccessKey 密钥将复制到系统密钥链；aliyun CLI 的配置文件不会被修改。</translation>
    </message>
    <message>
        <source>Save as &amp;profile:</source>
        <translation>保存为凭据配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>Choose an AK or StsToken profile.</source>
        <translation>请选择 AK 或 StsToken 类型的配置。</translation>
    </message>
    <message>
        <source>TriCheck has a profile named &quot;%1&quot; already; choose another name.</source>
        <translation>TriCheck 已有名为“%1”的凭据配置，请换一个名称。</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::AuditFilterBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>时间范围(&amp;P)：</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>事件(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>我的（%1）</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Everything done to the history and to where verifications go: exports, deletions, retention, credential profiles, switches between sandbox and real service. The audit log is never deleted and cannot be edited.</source>
        <translation>对历史记录及核验去向所做的一切操作：导出、删除、保留期限、凭据配置、沙箱与正式服务之间的切换。审计日志永不删除，也无法修改。</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>所选条目的详情</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>选择一个条目以查看详情。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the events shown to a CSV file</source>
        <translation>将显示的事件写入 CSV 文件</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条事件导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricheck::gui::BatchDialog</name>
    <message>
        <source>Verify a file</source>
        <translation>批量核验文件</translation>
    </message>
    <message>
        <source>Choose the file to verify</source>
        <translation>选择要核验的文件</translation>
    </message>
    <message>
        <source>Another batch is running; one batch runs at a time.</source>
        <translation>另一个批量核验正在进行；同一时间只能运行一个批量核验。</translation>
    </message>
    <message>
        <source>No row can be sent.</source>
        <translation>没有可发送的行。</translation>
    </message>
    <message>
        <source>The batch could not be recorded.</source>
        <translation>无法记录此批量核验。</translation>
    </message>
    <message>
        <source>Resume unfinished batch</source>
        <translation>继续未完成的批量核验</translation>
    </message>
    <message>
        <source>There is no unfinished batch in this history.</source>
        <translation>此历史记录中没有未完成的批量核验。</translation>
    </message>
    <message>
        <source>Where is %1?</source>
        <translation>%1 在哪里？</translation>
    </message>
    <message>
        <source>The batch cannot start.</source>
        <translation>无法开始批量核验。</translation>
    </message>
    <message>
        <source>The batch is running. Cancel it and close?</source>
        <translation>批量核验正在进行。要取消并关闭吗？</translation>
    </message>
    <message>
        <source>Cancel the batch</source>
        <translation>取消批量核验</translation>
    </message>
    <message>
        <source>Requests already sent are answered and recorded first. Rows not sent yet stay in the journal: File → Resume unfinished batch… sends them later.</source>
        <translation>已发送的请求会先等到应答并记录。尚未发送的行保留在日志中：稍后可通过“文件 → 继续未完成的批量核验…”发送。</translation>
    </message>
    <message>
        <source>Batch %1 was started against %2 with %3 signatures. Its remaining rows go there the same way, so that one service answers the whole batch.</source>
        <translation>批次 %1 启动时使用的是 %2，签名方式为 %3。其余的行将照原样发往该处，使整个批次由同一服务应答。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Verifications from the form still go to %1 with %2 signatures.</source>
        <translation>表单发起的核验仍发往 %1，签名方式为 %2。</translation>
    </message>
    <message>
        <source>Recording the batch in the history…</source>
        <translation>正在将批次记录到历史记录中…</translation>
    </message>
    <message>
        <source>&amp;Resume batch %1</source>
        <translation>继续批次 %1(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Start a &amp;new batch (%n row(s) may be billed again)</source>
        <translation>
            <numerusform>开始新批次(&amp;N)（%n 行可能再次计费）</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>CSV 文件和 Excel 工作簿 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Send only the %n row(s) that &amp;fit</source>
        <translation>
            <numerusform>仅发送预算内的 %n 行(&amp;F)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send &amp;every row (%n)</source>
        <translation>
            <numerusform>发送所有行（%n）(&amp;E)</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>月度预算</translation>
    </message>
    <message numerus="yes">
        <source>Exported the results of %n row(s) to %1</source>
        <translation>
            <numerusform>已将 %n 行的结果导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the results to %1…</source>
        <translation>正在将结果导出到 %1…</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::BatchOptionsBox</name>
    <message>
        <source>Verify a file</source>
        <translation>核验文件</translation>
    </message>
    <message>
        <source>Required by the settings or your administrator</source>
        <translation>由设置或管理员要求</translation>
    </message>
    <message>
        <source>Each value is sent as its MD5 digest, computed here.</source>
        <translation>每个值在本机计算 MD5 摘要后发送。</translation>
    </message>
    <message numerus="yes">
        <source>People answered in the last %n day(s) are not sent again (matched by their fingerprints).</source>
        <translation>
            <numerusform>最近 %n 天内已得到应答的人员不再发送（按指纹匹配）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricheck::gui::BatchRunPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — batch %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 批次 %2</translation>
    </message>
    <message>
        <source>Billed:</source>
        <translation>计费：</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Paused. Requests already sent are answered and recorded; nothing more is sent until you resume.</source>
        <translation>已暂停。已发送的请求会等到应答并记录；在您继续之前不再发送新的请求。</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: waiting for the %n request(s) in flight to be answered and recorded.</source>
        <translation>
            <numerusform>正在停止：等待 %n 个进行中的请求应答并记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The service asked to slow down: sending %1 requests per second.</source>
        <translation>服务要求降低速率：当前每秒发送 %1 个请求。</translation>
    </message>
    <message>
        <source>Results appear in the history as they arrive.</source>
        <translation>结果一返回即显示在历史记录中。</translation>
    </message>
    <message>
        <source>%1 rows in %2</source>
        <translation>%2 内完成 %1 行</translation>
    </message>
    <message>
        <source>&lt;b&gt;The batch is complete.&lt;/b&gt; Rows: %1 · sent: %2 · invalid (not sent): %3 · duplicates (sent once): %4</source>
        <translation>&lt;b&gt;批量核验已完成。&lt;/b&gt;行数：%1 · 已发送：%2 · 无效（未发送）：%3 · 重复（只发送一次）：%4</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The batch was cancelled.&lt;/b&gt; %n row(s) were not sent. The batch is kept: File → Resume unfinished batch… sends them later.</source>
        <translation>
            <numerusform>&lt;b&gt;批量核验已取消。&lt;/b&gt;%n 行尚未发送。此批次已保留：稍后可通过“文件 → 继续未完成的批量核验…”发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The batch stopped:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;批量核验已停止：&lt;/b&gt;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not sent. The batch is kept: File → Resume unfinished batch… sends them when the problem is solved.</source>
        <translation>
            <numerusform>%n 行尚未发送。此批次已保留：问题解决后可通过“文件 → 继续未完成的批量核验…”发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) have an unknown outcome — they may have been billed.&lt;/b&gt; They were in flight when the batch stopped, or the answer did not arrive in time. They are sent again only if you choose so when resuming.</source>
        <translation>
            <numerusform>&lt;b&gt;%n 行结果未知——可能已计费。&lt;/b&gt;这些行在批量核验停止时正在发送中，或未能及时收到应答。只有在继续时您明确选择，才会重新发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the results to keep them with the file: masked values, results, RequestIds.</source>
        <translation>可导出结果与文件一并保存：脱敏后的值、核验结果和 RequestId。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not sent: the same person was answered recently. Their earlier results and RequestIds are in the exported results.</source>
        <translation>
            <numerusform>%n 行未发送：同一人员最近已得到应答。导出的结果中包含其之前的结果和 RequestId。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a counter&apos;s caption</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation>计费：</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::BatchSetupPage</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file cannot be verified.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法核验此文件。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation>正在读取并校验每一行…</translation>
    </message>
    <message>
        <source>Choose the columns of the mobile number, name and ID number.</source>
        <translation>请指定手机号、姓名和身份证号所在的列。</translation>
    </message>
    <message>
        <source>GB18030</source>
        <translation>GB18030</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 rows&lt;/b&gt; — to send: %2 · invalid (not sent): %3 · duplicates (sent once): %4 · read as %5</source>
        <translation>&lt;b&gt;共 %1 行&lt;/b&gt; — 待发送：%2 · 无效（不发送）：%3 · 重复（只发送一次）：%4 · 按 %5 读取</translation>
    </message>
    <message>
        <source>Line %1: not sent: %2</source>
        <translation>第 %1 行：未发送：%2</translation>
    </message>
    <message>
        <source>Line %1: the same as line %2, sent once.</source>
        <translation>第 %1 行：与第 %2 行相同，只发送一次。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s).</source>
        <translation>
            <numerusform>…… 另有 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>所有行均有效。</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook with a header row: mobile number, name, ID number and optionally a reference, in English or Chinese (手机号, 姓名, 身份证号, 备注).</source>
        <translation>请选择带表头行的 CSV 文件或 Excel 工作簿：手机号、姓名、身份证号，以及可选的备注，表头可为中文或英文（手机号、姓名、身份证号、备注）。</translation>
    </message>
    <message>
        <source>worksheet &quot;%1&quot;</source>
        <translation>工作表“%1”</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::BatchStartSummary</name>
    <message>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>Service: &lt;b&gt;the sandbox on this computer&lt;/b&gt; (%1) — simulated answers, not billed.</source>
        <translation>服务：&lt;b&gt;本机沙箱&lt;/b&gt;（%1）— 模拟应答，不计费。</translation>
    </message>
    <message>
        <source>Service: &lt;b&gt;the real Alibaba Cloud service&lt;/b&gt;, %1 (%2) — every answer is billed to your account.</source>
        <translation>服务：&lt;b&gt;阿里云正式服务&lt;/b&gt;，%1（%2）— 每次应答都向您的账号计费。</translation>
    </message>
    <message>
        <source>Choose and check a file to see how many rows will be sent.</source>
        <translation>选择并检查文件后，这里显示将发送的行数。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s)&lt;/b&gt; to send; nothing is billed.</source>
        <translation>
            <numerusform>&lt;b&gt;%n 行&lt;/b&gt;待发送；不计费。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Up to %n row(s) may be billed&lt;/b&gt; (valid rows, each person once).</source>
        <translation>
            <numerusform>&lt;b&gt;最多 %n 行可能计费&lt;/b&gt;（有效行，每人一次）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid or repeated row(s) are not sent.</source>
        <translation>
            <numerusform>%n 行无效或重复，不发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People verified in the last %n day(s) are skipped, not sent.</source>
        <translation>
            <numerusform>最近 %n 天内核验过的人将跳过，不发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) per second</source>
        <translation>
            <numerusform>每秒 %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Rate: %1, at most %2 at a time.</source>
        <translation>速率：%1，同时最多 %2 个。</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::BudgetBanner</name>
    <message>
        <source>&lt;b&gt;Budget:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;预算：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::BudgetSettingsBox</name>
    <message>
        <source>Set by your administrator</source>
        <translation>由管理员设置</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as CNY.</source>
        <translation>货币必须是三个字母的代码，例如 CNY。</translation>
    </message>
    <message>
        <source>No budget: the status bar shows this month&apos;s billed checks and their cost.</source>
        <translation>无预算：状态栏显示本月已计费的核验及其费用。</translation>
    </message>
    <message>
        <source>A warning from 80 %; once the budget is used up, checks and batches are refused until next month. The sandbox rehearses the budget with its simulated checks.</source>
        <translation>使用达 80% 时提醒；预算用完后，核验和批次在下月之前均被拒绝。沙盒以模拟核验演练预算。</translation>
    </message>
    <message>
        <source>A warning from 80 %; a batch that could go past the budget asks first.</source>
        <translation>使用达 80% 时提醒；可能超出预算的批次会先询问。</translation>
    </message>
    <message>
        <source>billed checks</source>
        <translation>次计费核验</translation>
    </message>
    <message>
        <source>money</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::EndpointField</name>
    <message>
        <source>The endpoint chosen in Settings</source>
        <translation>设置中选择的接入点</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义地址</translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation>自定义接入点地址</translation>
    </message>
    <message>
        <source>Enter the endpoint&apos;s URL.</source>
        <translation>请输入接入点地址。</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ExportController</name>
    <message>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>There is nothing to export: no attempt matches the current filter.</source>
        <translation>没有可导出的内容：没有核验记录符合当前筛选条件。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The file will contain personal data: masked mobile numbers, names and ID numbers of %n attempt(s), with their results and RequestIds.</source>
        <translation>
            <numerusform>该文件将包含个人数据：%n 条核验记录的脱敏手机号、姓名和身份证号，以及核验结果和 RequestId。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Store and share it only as your data-protection rules allow. The export is recorded in the audit log.</source>
        <translation>请仅按数据保护规定存放和分享该文件。此次导出会记入审计日志。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Exporting the history…</source>
        <translation>正在导出历史记录…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n attempt(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条核验记录导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation>导出失败，未写入任何文件。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::HistoryCheck</name>
    <message>
        <source>Check history</source>
        <translation>检查历史记录</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>历史记录未打开。</translation>
    </message>
    <message>
        <source>Checking the history…</source>
        <translation>正在检查历史记录…</translation>
    </message>
    <message>
        <source>Checking the history… (it reads the whole file; TriCheck stays usable)</source>
        <translation>正在检查历史记录…（将读取整个文件；TriCheck 仍可正常使用）</translation>
    </message>
    <message>
        <source>The history was checked: it is sound.</source>
        <translation>历史记录已检查：完好。</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::HistoryDetails</name>
    <message>
        <source>No attempt selected</source>
        <translation>未选择核验记录</translation>
    </message>
    <message>
        <source>Select a row of the history to see everything recorded about it.</source>
        <translation>在历史记录中选择一行，即可查看其全部记录内容。</translation>
    </message>
    <message>
        <source>%1. The service said: “%2”</source>
        <translation>%1。服务端返回：“%2”</translation>
    </message>
    <message>
        <source>Copy the RequestId of the selected attempt</source>
        <translation>复制所选核验记录的 RequestId</translation>
    </message>
    <message>
        <source>Details of the selected attempt</source>
        <translation>所选核验记录的详细信息</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::HistoryFilterBar</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 条核验记录</numerusform>
        </translation>
    </message>
    <message>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>Show every attempt (clear the filter)</source>
        <translation>显示全部核验记录（清除筛选）</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Attempts with exactly this mobile number</source>
        <translation>手机号与此完全相同的核验记录</translation>
    </message>
    <message>
        <source>Attempts with exactly this ID number</source>
        <translation>身份证号与此完全相同的核验记录</translation>
    </message>
    <message>
        <source>Attempts whose reference contains this text</source>
        <translation>业务编号包含此文字的核验记录</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>仅我的</translation>
    </message>
    <message>
        <source>Every operator&apos;s attempts, or only yours (%1)</source>
        <translation>所有操作员的核验记录，或仅您本人（%1）的记录</translation>
    </message>
    <message>
        <source>Whose attempts</source>
        <translation>核验记录的操作员</translation>
    </message>
    <message>
        <source>Search now</source>
        <translation>立即搜索</translation>
    </message>
    <message>
        <source>The attempt with this RequestId</source>
        <translation>该 RequestId 的核验记录</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>Attempts with exactly this name (to search the references for it, type %1 before it)</source>
        <translation>姓名与此完全相同的尝试（如要在业务编号中搜索，请在前面加上 %1）</translation>
    </message>
    <message>
        <source>Masked values cannot be searched: type the whole mobile number, ID number or name</source>
        <translation>无法搜索脱敏值：请输入完整的手机号、身份证号或姓名</translation>
    </message>
    <message>
        <source>Look up an exact mobile number, ID number, name or RequestId, or search the references (part of the text; %1 before text made only of letters). Ctrl+F comes here.</source>
        <translation>查找完整的手机号、身份证号、姓名或 RequestId，或搜索业务编号（部分文本；仅由字母组成的文本前加 %1）。按 Ctrl+F 跳到此处。</translation>
    </message>
    <message>
        <source>Mobile, ID number, name, or ref:text</source>
        <translation>手机号、身份证号、姓名，或 ref:业务编号</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::HistoryNotice</name>
    <message numerus="yes">
        <source>%n new attempt(s) hidden by the filter —</source>
        <translation>
            <numerusform>%n 条新核验记录被筛选条件隐藏 —</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Clear the filter and show every attempt</source>
        <translation>清除筛选并显示全部核验记录</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::HistoryView</name>
    <message>
        <source>RequestId %1 copied</source>
        <translation>已复制 RequestId %1</translation>
    </message>
    <message>
        <source>Delete attempts</source>
        <translation>删除核验记录</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) are selected. Select at most %1, or delete old attempts by age in Settings → History.</source>
        <translation>
            <numerusform>已选择 %n 条核验记录。最多只能选择 %1 条；如需按时间删除旧记录，请在“设置 → 历史记录”中操作。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n attempt(s) from the history?</source>
        <translation>
            <numerusform>要从历史记录中删除 %n 条核验记录吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n attempt(s)</source>
        <translation>
            <numerusform>删除 %n 条核验记录</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. The deletion is recorded in the audit log.</source>
        <translation>此操作无法撤销。删除操作会记入审计日志。</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) deleted</source>
        <translation>
            <numerusform>已删除 %n 条核验记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>默认列</translation>
    </message>
    <message>
        <source>&amp;Copy RequestId</source>
        <translation>复制 RequestId(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete selected attempts…</source>
        <translation>删除所选核验记录(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>详情面板(&amp;D)</translation>
    </message>
    <message>
        <source>Verification history</source>
        <translation>核验历史记录</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns</source>
        <translation>单击排序；右键单击选择显示的列</translation>
    </message>
    <message>
        <source>Opening the history…</source>
        <translation>正在打开历史记录…</translation>
    </message>
    <message>
        <source>The history cannot be opened: %1</source>
        <translation>无法打开历史记录：%1</translation>
    </message>
    <message>
        <source>Show de&amp;tails</source>
        <translation>显示详情(&amp;T)</translation>
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
        <source>Administrator&apos;s policy</source>
        <translation>管理员策略</translation>
    </message>
    <message>
        <source>TriCheck — mobile, name and ID verification (sandbox)</source>
        <translation>TriCheck — 手机号三要素核验（沙箱）</translation>
    </message>
    <message>
        <source>Verify the three values in the form (Ctrl+Enter)</source>
        <translation>核验表单中的三项信息（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>The sandbox&apos;s invented people, and what each answers</source>
        <translation>沙箱中的虚构人员及其对应的核验结果</translation>
    </message>
    <message>
        <source>Show identity values masked in fields that are not being edited</source>
        <translation>在未编辑的字段中脱敏显示身份信息</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>由管理员设置</translation>
    </message>
    <message>
        <source>The form is filled with sample values; press Verify.</source>
        <translation>表单已填入示例数据，请点击“核验”。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TriCheck %1&lt;/h3&gt;&lt;p&gt;Checks that a mainland China mobile number, a name and a resident ID number belong together, with Alibaba Cloud ID Verification (Mobile3MetaVerifyIntl).&lt;/p&gt;&lt;p&gt;Secrets stay in the system keychain; the history holds masked values only.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TriCheck %1&lt;/h3&gt;&lt;p&gt;通过阿里云身份核验服务（Mobile3MetaVerifyIntl）核验中国大陆手机号、姓名与居民身份证号是否属于同一人。&lt;/p&gt;&lt;p&gt;密钥只保存在系统密钥链中；历史记录只保存脱敏后的信息。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quit TriCheck</source>
        <translation>退出 TriCheck</translation>
    </message>
    <message>
        <source>A verification is running. Cancel it and quit?</source>
        <translation>有一项核验正在进行。要取消它并退出吗？</translation>
    </message>
    <message>
        <source>Cancel it and quit</source>
        <translation>取消并退出</translation>
    </message>
    <message>
        <source>A request already sent may still be processed and billed; its outcome is recorded in the history before TriCheck quits.</source>
        <translation>已发出的请求仍可能被处理并计费；TriCheck 会在退出前将其结果记入历史记录。</translation>
    </message>
    <message>
        <source>Batch %1 started; its results appear in the history as they arrive.</source>
        <translation>批次 %1 已开始；结果一返回即显示在历史记录中。</translation>
    </message>
    <message>
        <source>The administrator&apos;s policy file has problems. Until it is corrected, every setting is locked, at the safest value where the file does not give one.</source>
        <translation>管理员策略文件有问题。在更正之前，所有设置均已锁定，文件未给出的值采用最安全的值。</translation>
    </message>
    <message>
        <source>Export the history as shown (filter, sort, columns) to a CSV file or an Excel workbook</source>
        <translation>将当前显示的历史记录（筛选、排序、列）导出为 CSV 文件或 Excel 工作簿</translation>
    </message>
    <message>
        <source>Verify every row of a CSV file or an Excel workbook within the request limit; resumable after a crash (Ctrl+O, or drop the file on the window)</source>
        <translation>在请求速率上限内逐行核验 CSV 文件或 Excel 工作簿；意外中断后可继续（Ctrl+O，或将文件拖放到窗口上）</translation>
    </message>
    <message>
        <source>A file can be verified once the history is open.</source>
        <translation>历史记录打开后才能核验文件。</translation>
    </message>
    <message>
        <source>A batch is running: drop the file again when it has finished.</source>
        <translation>批量任务正在运行：请在它结束后再拖放文件。</translation>
    </message>
    <message>
        <source>TriCheck — mobile, name and ID verification (real service)</source>
        <translation>TriCheck — 手机号三要素核验（正式服务）</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ProfileDialog</name>
    <message>
        <source>Edit profile %1</source>
        <translation>编辑凭据配置 %1</translation>
    </message>
    <message>
        <source>Add a credentials profile</source>
        <translation>添加凭据配置</translation>
    </message>
    <message>
        <source>e.g. kyc-desk</source>
        <translation>例如 kyc-desk</translation>
    </message>
    <message>
        <source>LTAI…</source>
        <translation>LTAI…</translation>
    </message>
    <message>
        <source>Stored — leave empty to keep it</source>
        <translation>已保存 — 留空则保持不变</translation>
    </message>
    <message>
        <source>Only for temporary (STS) credentials</source>
        <translation>仅用于临时（STS）凭据</translation>
    </message>
    <message>
        <source>The secret and the token go to the system keychain, never to a file, and are not shown again after saving. Without a keychain they are kept for this session only.</source>
        <translation>密钥和令牌保存在系统密钥链中，绝不写入文件，保存后不再显示。没有密钥链时，仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; choose it in the list and edit it.</source>
        <translation>已存在名为“%1”的凭据配置，请在列表中选中它进行编辑。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation>请输入 AccessKey 密钥。</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ProfilesPage</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>(STS)</source>
        <translation>（STS）</translation>
    </message>
    <message>
        <source>From Settings</source>
        <translation>按设置</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>系统密钥链</translation>
    </message>
    <message>
        <source>This session only (no keychain)</source>
        <translation>仅本次会话（无密钥链）</translation>
    </message>
    <message>
        <source>Lost at the last restart: edit to enter it again</source>
        <translation>上次重启后已丢失：请编辑并重新输入</translation>
    </message>
    <message>
        <source>Imported from the aliyun CLI</source>
        <translation>从 aliyun CLI 导入</translation>
    </message>
    <message>
        <source>Automatic: the default profile, else the environment or the aliyun CLI</source>
        <translation>自动：默认凭据配置，否则使用环境变量或 aliyun CLI</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（不存在）</translation>
    </message>
    <message>
        <source>Reading the stored secret…</source>
        <translation>正在读取已保存的密钥…</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>编辑凭据配置</translation>
    </message>
    <message>
        <source>The stored secret could not be read, so the profile was not changed: %1 Enter the secret again to replace it.</source>
        <translation>无法读取已保存的密钥，凭据配置未作修改：%1 请重新输入密钥以替换。</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>删除凭据配置</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secret from the keychain?</source>
        <translation>要删除凭据配置“%1”及其在密钥链中的密钥吗？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The AccessKey itself stays valid at Alibaba Cloud; disable it in the RAM console if it is no longer needed.</source>
        <translation>该 AccessKey 在阿里云仍然有效；如不再需要，请在 RAM 控制台中禁用。</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Import from the aliyun CLI</source>
        <translation>从 aliyun CLI 导入</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>正在保存到密钥链…</translation>
    </message>
    <message>
        <source>Credentials profile</source>
        <translation>凭据配置</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>已删除凭据配置“%1”。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved. No keychain is available: its secret is kept for this session only.</source>
        <translation>已保存凭据配置“%1”。没有可用的密钥链：其密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its secret is in the system keychain.</source>
        <translation>已保存凭据配置“%1”，其密钥保存在系统密钥链中。</translation>
    </message>
    <message>
        <source>AccessKeys for the real, billed service. Secrets are kept in the system keychain, never in a file, and are never shown again after saving. With a profile, TriCheck leaves the sandbox (Service: Automatic).</source>
        <translation>用于正式（计费）服务的 AccessKey。密钥保存在系统密钥链中，绝不写入文件，保存后不再显示。配置凭据后，TriCheck 将离开沙箱（服务：自动）。</translation>
    </message>
    <message>
        <source>Credentials profiles</source>
        <translation>凭据配置</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ProxyFields</name>
    <message>
        <source>Set by your administrator</source>
        <translation>由管理员设置</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>已保存在密钥链中 — 留空则保持不变</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>请输入代理服务器的主机名或地址。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port.</source>
        <translation>请输入代理服务器的端口。</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ReportsController</name>
    <message>
        <source>Period report</source>
        <translation>期间报告</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>截止（包含）(&amp;T)：</translation>
    </message>
    <message>
        <source>Save the period report</source>
        <translation>保存期间报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <source>Verification record</source>
        <translation>核验记录</translation>
    </message>
    <message>
        <source>The attempt is no longer in the history.</source>
        <translation>该次核验已不在历史记录中。</translation>
    </message>
    <message>
        <source>Save the verification record</source>
        <translation>保存核验记录</translation>
    </message>
    <message>
        <source>Record saved to %1</source>
        <translation>核验记录已保存到 %1</translation>
    </message>
    <message>
        <source>Sta&amp;tistics…</source>
        <translation>统计(&amp;T)…</translation>
    </message>
    <message>
        <source>Attempts per day, week or month by outcome, billed checks and breakdowns</source>
        <translation>按日、周或月统计各核验结果的次数、计费次数及分类明细</translation>
    </message>
    <message>
        <source>A period&apos;s figures as a PDF report</source>
        <translation>将一个期间的统计数据生成 PDF 报告</translation>
    </message>
    <message>
        <source>Save record as &amp;PDF…</source>
        <translation>将核验记录保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>核验记录</translation>
    </message>
    <message>
        <source>The verification record of this attempt: save as PDF or print</source>
        <translation>该次核验的核验记录：保存为 PDF 或打印</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Pri&amp;nt record…</source>
        <translation>打印核验记录(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ResultPanel</name>
    <message>
        <source>Copy the RequestId</source>
        <translation>复制 RequestId</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <source>No verification yet</source>
        <translation>尚未核验</translation>
    </message>
    <message>
        <source>The request was sent; waiting for the answer.</source>
        <translation>请求已发出，正在等待应答。</translation>
    </message>
    <message>
        <source>Enter a mobile number, a name and an ID number and choose Verify. The result, why it is what it is, and whether it is billed appear here.</source>
        <translation>输入手机号、姓名和身份证号，然后点击“核验”。核验结果、原因以及是否计费将显示在这里。</translation>
    </message>
    <message>
        <source>SubCode %1 · BizCode %2</source>
        <translation>SubCode %1 · BizCode %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未返回</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>错误码 %1</translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation>错误类型：%1</translation>
    </message>
    <message>
        <source>This request may have been processed and billed.</source>
        <translation>此请求可能已被处理并计费。</translation>
    </message>
    <message>
        <source>None (no answer from the service)</source>
        <translation>无（服务未应答）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This attempt was NOT recorded in the history: %1 Note the RequestId above for your records and fix the history before verifying again.</source>
        <translation>此次核验未能记入历史记录：%1 请自行记下上方的 RequestId，并在再次核验前修复历史记录。</translation>
    </message>
    <message>
        <source>This attempt was not recorded: the history is turned off.</source>
        <translation>此次核验未记录：历史记录已关闭。</translation>
    </message>
    <message>
        <source>RequestId %1 copied</source>
        <translation>已复制 RequestId %1</translation>
    </message>
    <message>
        <source>%1: %2 %3.</source>
        <comment>the result said to screen readers: outcome, its meaning, billing</comment>
        <translation>%1：%2%3。</translation>
    </message>
    <message>
        <source>It may have been processed and billed</source>
        <translation>可能已被处理并计费</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>latency (attempts)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>技术细节：%1</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ResumeBatchDialog</name>
    <message>
        <source>Resume unfinished batch</source>
        <translation>继续未完成的批量核验</translation>
    </message>
    <message>
        <source>These batches did not finish. Resuming sends only the rows not sent yet; rows already answered are never sent again.</source>
        <translation>以下批量核验尚未完成。继续时只发送尚未发送的行；已应答的行绝不会重复发送。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rows left</source>
        <translation>剩余行数</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Also send again the %n row(s) whose outcome is unknown. They may have been billed already: sending them again may be billed a second time.</source>
        <translation>
            <numerusform>同时重新发送 %n 行结果未知的记录。这些行可能已经计费：重新发送可能再次计费。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricheck::gui::SamplePeopleDialog</name>
    <message>
        <source>Sandbox sample people</source>
        <translation>沙箱示例人员</translation>
    </message>
    <message>
        <source>The sandbox answers from these people. They are invented: the numbers and ID numbers belong to nobody, although they pass every check of the form. Pick a person, then fill the form with a triple that gives the result you want to see.</source>
        <translation>沙箱根据这些人员作答。他们都是虚构的：这些手机号和身份证号不属于任何人，但能通过表单的全部校验。选择一个人员，然后用能得到所需结果的一组信息填写表单。</translation>
    </message>
    <message>
        <source>Sample people</source>
        <translation>示例人员</translation>
    </message>
    <message>
        <source>Select a person to fill the form with.</source>
        <translation>选择一个人员以填写表单。</translation>
    </message>
    <message>
        <source>Fill the form with %1&apos;s number and …</source>
        <translation>用%1的手机号以及……填写表单</translation>
    </message>
    <message>
        <source>the right name and ID number</source>
        <translation>正确的姓名和身份证号</translation>
    </message>
    <message>
        <source>the right name, another ID number</source>
        <translation>正确的姓名、他人的身份证号</translation>
    </message>
    <message>
        <source>another name, the right ID number</source>
        <translation>他人的姓名、正确的身份证号</translation>
    </message>
    <message>
        <source>another name and ID number</source>
        <translation>他人的姓名和身份证号</translation>
    </message>
    <message>
        <source>a number nobody has (%1)</source>
        <translation>无人使用的号码（%1）</translation>
    </message>
    <message>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ServiceNotices</name>
    <message>
        <source>&lt;b&gt;Sandbox — simulated results, nothing is billed.&lt;/b&gt; Verifications go to a test service on this computer that knows only invented people. &lt;a href=&quot;people&quot;&gt;Show the sample people&lt;/a&gt; · &lt;a href=&quot;settings&quot;&gt;Use the real service…&lt;/a&gt;</source>
        <translation>&lt;b&gt;沙箱 — 模拟结果，不产生任何计费。&lt;/b&gt;核验请求发往本机上的测试服务，它只认识虚构人员。&lt;a href=&quot;people&quot;&gt;查看示例人员&lt;/a&gt; · &lt;a href=&quot;settings&quot;&gt;使用正式服务…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>profile %1, AccessKey %2</source>
        <translation>凭据配置 %1，AccessKey %2</translation>
    </message>
    <message>
        <source>AccessKey %1</source>
        <translation>AccessKey %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Real service&lt;/b&gt; — verifications go to %1 with %2; every consistent or inconsistent answer is billed. &lt;a href=&quot;service&quot;&gt;Service settings…&lt;/a&gt;</source>
        <translation>&lt;b&gt;正式服务&lt;/b&gt; — 核验请求以%2发往 %1；每个“一致”或“不一致”的应答都会计费。&lt;a href=&quot;service&quot;&gt;服务设置…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your administrator&apos;s policy cannot be read completely:&lt;/b&gt; every setting is locked, at the safest value where the file does not give one. &lt;a href=&quot;policy&quot;&gt;Details…&lt;/a&gt;</source>
        <translation>&lt;b&gt;无法完整读取管理员策略：&lt;/b&gt;所有设置均已锁定，文件未给出的值采用最安全的值。&lt;a href=&quot;policy&quot;&gt;详情…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fingerprint key:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;指纹密钥：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verifications are not possible:&lt;/b&gt; %1 &lt;a href=&quot;%2&quot;&gt;Open Settings…&lt;/a&gt;</source>
        <translation>&lt;b&gt;当前无法核验：&lt;/b&gt;%1 &lt;a href=&quot;%2&quot;&gt;打开设置…&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::SettingsDialog</name>
    <message>
        <source>Set by your administrator</source>
        <translation>由管理员设置</translation>
    </message>
    <message>
        <source>Some settings are set by your administrator and cannot be changed here.</source>
        <translation>部分设置由管理员设定，无法在此更改。</translation>
    </message>
    <message>
        <source>Empty: the default location, %1</source>
        <translation>留空：使用默认位置 %1</translation>
    </message>
    <message numerus="yes">
        <source>Attempts older than %n day(s) are deleted each time TriCheck starts. Deletions are recorded in the audit log.</source>
        <translation>
            <numerusform>每次启动 TriCheck 时删除超过 %n 天的核验记录。删除操作会记入审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every attempt is kept until you delete it.</source>
        <translation>所有核验记录一直保留，直到您删除。</translation>
    </message>
    <message numerus="yes">
        <source>Delete attempts older than %n day(s) now…</source>
        <translation>
            <numerusform>立即删除超过 %n 天的核验记录…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete old attempts now…</source>
        <translation>立即删除旧核验记录…</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>历史记录数据库</translation>
    </message>
    <message>
        <source>TriCheck history (*.sqlite);;All files (*)</source>
        <translation>TriCheck 历史记录 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Delete old attempts</source>
        <translation>删除旧核验记录</translation>
    </message>
    <message numerus="yes">
        <source>Delete every attempt older than %n day(s) from the history?</source>
        <translation>
            <numerusform>要从历史记录中删除所有超过 %n 天的核验记录吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>This cannot be undone. The deletion is recorded in the audit log.</source>
        <translation>此操作无法撤销。删除操作会记入审计日志。</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 条核验记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all attempts</source>
        <translation>删除全部核验记录</translation>
    </message>
    <message>
        <source>Delete the whole history, every attempt ever recorded on this computer?</source>
        <translation>要删除整个历史记录，即本机上记录过的全部核验记录吗？</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <source>This cannot be undone. The audit log is kept and records the deletion.</source>
        <translation>此操作无法撤销。审计日志会保留并记录此次删除。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>normal — the three values as typed</source>
        <translation>normal — 按输入内容提交三项信息</translation>
    </message>
    <message>
        <source>md5 — only their MD5 digests leave this computer</source>
        <translation>md5 — 只有 MD5 摘要离开本机</translation>
    </message>
    <message>
        <source>Automatic: the real service when an AccessKey is configured, else the sandbox</source>
        <translation>自动：已配置 AccessKey 时使用正式服务，否则使用沙箱</translation>
    </message>
    <message>
        <source>Sandbox: simulated results, nothing is billed</source>
        <translation>沙箱：模拟结果，不产生计费</translation>
    </message>
    <message>
        <source>Real service: billed verifications</source>
        <translation>正式服务：核验计费</translation>
    </message>
    <message>
        <source>V3 — ACS3-HMAC-SHA256 (recommended)</source>
        <translation>V3 — ACS3-HMAC-SHA256（推荐）</translation>
    </message>
    <message>
        <source>V1 — HMAC-SHA1, for gateways that need it</source>
        <translation>V1 — HMAC-SHA1，用于需要它的网关</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>The verify form starts with this choice; the MD5 toggle changes it for one verification.</source>
        <translation>核验表单默认采用此选项；MD5 开关只对单次核验生效。</translation>
    </message>
    <message>
        <source>The sandbox answers from invented people on this computer; the real service is Alibaba Cloud&apos;s, and each answered verification (except &quot;no record&quot;) is billed.</source>
        <translation>沙箱在本机上根据虚构人员作答；正式服务由阿里云提供，每次获得应答的核验（“查无记录”除外）都会计费。</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>默认位置</translation>
    </message>
    <message>
        <source>Delete all attempts…</source>
        <translation>删除全部核验记录…</translation>
    </message>
    <message>
        <source>Open the &amp;audit log…</source>
        <translation>打开审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>已保存在密钥链中 — 留空则保持不变</translation>
    </message>
    <message>
        <source>The proxy password is kept in the system keychain, never in a file.</source>
        <translation>代理密码保存在系统密钥链中，绝不写入文件。</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>使用系统代理设置</translation>
    </message>
    <message>
        <source>No proxy: connect directly</source>
        <translation>不使用代理：直接连接</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 代理</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 代理</translation>
    </message>
    <message>
        <source>Only if the proxy asks for a login</source>
        <translation>仅当代理要求登录时填写</translation>
    </message>
    <message>
        <source>A team&apos;s shared history: postgresql://USER@HOST:PORT/DB?sslmode=verify-full. The password is kept in the system keychain (or taken from PGPASSWORD), never in a file.</source>
        <translation>团队共享的历史记录：postgresql://USER@HOST:PORT/DB?sslmode=verify-full。密码保存在系统钥匙串中（或取自 PGPASSWORD），从不写入文件。</translation>
    </message>
    <message>
        <source>This is a PostgreSQL URL: choose the PostgreSQL backend, or give a file.</source>
        <translation>这是 PostgreSQL URL：请选择 PostgreSQL 后端，或填写文件路径。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL: postgresql://USER@HOST:PORT/DB?sslmode=verify-full</source>
        <translation>请输入服务器 URL：postgresql://USER@HOST:PORT/DB?sslmode=verify-full</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>本机上的 SQLite 文件</translation>
    </message>
    <message>
        <source>PostgreSQL server (shared by a team)</source>
        <translation>PostgreSQL 服务器（团队共享）</translation>
    </message>
    <message>
        <source>Back&amp;end:</source>
        <translation>后端(&amp;E)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Batches start with this choice: people answered within this period are not sent again; their earlier results are reported.</source>
        <translation>批量核验以此为初始选择：在此期间内已得到应答的人员不再发送，改为报告之前的结果。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Verifying a person the service answered within this many minutes asks first: a second answer is billed again.</source>
        <translation>在这么多分钟内已得到服务应答的人员，再次核验前会先询问：第二次应答会再次计费。</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every control can be reached with Tab and Shift+Tab; underlined letters work with Alt.</source>
        <translation>所有控件均可用 Tab 和 Shift+Tab 到达；带下划线的字母可配合 Alt 键使用。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Verify, from any field of the form</source>
        <translation>在表单的任一字段中发起核验</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel the running verification</source>
        <translation>取消正在进行的核验</translation>
    </message>
    <message>
        <source>Copy the RequestId of the selected attempt (in the history)</source>
        <translation>复制所选核验记录的 RequestId（在历史记录中）</translation>
    </message>
    <message>
        <source>Delete the selected attempts (in the history, after confirmation)</source>
        <translation>删除所选核验记录（在历史记录中，需确认）</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two keys of one action</comment>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>tricheck::gui::StatisticsView</name>
    <message>
        <source>No history is open.</source>
        <translation>未打开历史记录。</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n attempt(s), pass rate %3, billed %4, billing unknown %5, estimated cost %6</source>
        <translation>
            <numerusform>%1 至 %2：%n 次核验，一致率 %3，计费 %4 次，计费未知 %5 次，预估费用 %6</numerusform>
        </translation>
    </message>
    <message>
        <source>— (no price per check is set)</source>
        <translation>—（未设置每次核验的价格）</translation>
    </message>
    <message>
        <source>Attempts by outcome</source>
        <translation>各核验结果的次数</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>核验记录数</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量任务</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间范围(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组方式(&amp;G)：</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>按期间</translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation>按运营商</translation>
    </message>
    <message>
        <source>By operator</source>
        <translation>按操作员</translation>
    </message>
    <message>
        <source>By batch</source>
        <translation>按批量核验</translation>
    </message>
    <message>
        <source>Enter or double-click a number to show those attempts in the history</source>
        <translation>按回车键或双击某个数字，可在历史记录中显示这些核验</translation>
    </message>
    <message>
        <source>Click a bar to show those attempts in the history</source>
        <translation>单击柱形，可在历史记录中显示这些核验</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::StatusIndicators</name>
    <message>
        <source>Endpoint: %1</source>
        <translation>接入点：%1</translation>
    </message>
    <message>
        <source>Endpoint: deciding…</source>
        <translation>接入点：正在确定…</translation>
    </message>
    <message>
        <source>Endpoint: not available</source>
        <translation>接入点：不可用</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>签名：%1</translation>
    </message>
    <message>
        <source>Today: not available</source>
        <translation>今日：不可用</translation>
    </message>
    <message>
        <source>Today: %1 verified · %2 billed · errors: %3</source>
        <translation>今日：核验 %1 · 计费 %2 · 错误 %3</translation>
    </message>
    <message>
        <source>Attempts since midnight: %1 answered by the service, %2 of them billed; %3 ended in an error.</source>
        <translation>今日零点以来：服务应答 %1 次，其中计费 %2 次；出错 %3 次。</translation>
    </message>
    <message>
        <source>Checks billed this local calendar month (consistent or inconsistent answers); an attempt whose outcome is unknown counts as billed against the budget.</source>
        <translation>本地日历月内已计费的核验（一致或不一致的结果）；结果未知的尝试按已计费计入预算。</translation>
    </message>
    <message>
        <source> · %1: %2</source>
        <comment>simulated answers today</comment>
        <translation> · %1：%2</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::TrustedCertificatesField</name>
    <message>
        <source>Give the file&apos;s full path, or choose it with Browse….</source>
        <translation>请填写文件的完整路径，或点击“浏览…”选择。</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>由管理员设置</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificates</source>
        <translation>无：仅使用系统的证书</translation>
    </message>
    <message>
        <source>For a company proxy that inspects HTTPS, or a private gateway: a PEM file of the certificate authorities to trust besides the system&apos;s. Certificates are always verified.</source>
        <translation>用于检查 HTTPS 的公司代理或私有网关：除系统证书外还要信任的证书颁发机构的 PEM 文件。证书始终会被校验。</translation>
    </message>
    <message>
        <source>Trusted besides the system&apos;s: %1 (valid until %2).</source>
        <translation>除系统证书外还信任：%1（有效期至 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>Trusted besides the system&apos;s: %1 and %n more.</source>
        <translation>
            <numerusform>除系统证书外还信任：%1 及另外 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>受信任的证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::VerifyController</name>
    <message>
        <source>%1 (SubCode %2)</source>
        <translation>%1（SubCode %2）</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>再次核验</translation>
    </message>
    <message numerus="yes">
        <source>This person was verified %n minute(s) ago: %1. Verify again?</source>
        <translation>
            <numerusform>此人 %n 分钟前已核验：%1。要再次核验吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>A second consistent or inconsistent answer is billed again.</source>
        <translation>第二次“一致”或“不一致”的应答会再次计费。</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::VerifyForm</name>
    <message>
        <source>Show the mobile number</source>
        <translation>显示手机号</translation>
    </message>
    <message>
        <source>Hide the mobile number</source>
        <translation>隐藏手机号</translation>
    </message>
    <message>
        <source>Show the name</source>
        <translation>显示姓名</translation>
    </message>
    <message>
        <source>Hide the name</source>
        <translation>隐藏姓名</translation>
    </message>
    <message>
        <source>Show the ID number</source>
        <translation>显示身份证号</translation>
    </message>
    <message>
        <source>Hide the ID number</source>
        <translation>隐藏身份证号</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>由管理员设置</translation>
    </message>
    <message>
        <source>Send the lowercase MD5 of each value instead of the value (ParamType md5)</source>
        <translation>提交每项信息的小写 MD5 摘要而非原文（ParamType md5）</translation>
    </message>
    <message>
        <source>Empty the form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop waiting for this verification. A request already sent may still be processed and billed; the history records the outcome either way.</source>
        <translation>不再等待此次核验。已发出的请求仍可能被处理并计费；无论如何，历史记录都会记下结果。</translation>
    </message>
    <message>
        <source>Sent, waiting for the answer…</source>
        <translation>已发出，正在等待应答…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>核验(&amp;V)</translation>
    </message>
    <message>
        <source>Verify the three values (Enter or Ctrl+Enter)</source>
        <translation>核验这三项信息（Enter 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Enter a valid mobile number, name and ID number first</source>
        <translation>请先输入有效的手机号、姓名和身份证号</translation>
    </message>
    <message>
        <source>Always on: Settings → General → Always MD5</source>
        <translation>始终开启：设置 → 常规 → 始终使用 MD5</translation>
    </message>
    <message>
        <source>Expected carrier: %1 (by prefix; ported numbers differ)</source>
        <translation>预计运营商：%1（按号段；携号转网的号码以核验结果为准）</translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ViewExport</name>
    <message>
        <source>Counting the attempts to export…</source>
        <translation>正在统计要导出的核验记录…</translation>
    </message>
    <message>
        <source>The export was not started: the filter changed while the attempts were counted.</source>
        <translation>未开始导出：统计核验记录期间筛选条件已更改。</translation>
    </message>
    <message>
        <source>The export was not started: another history was opened while the attempts were counted.</source>
        <translation>未开始导出：统计核验记录期间打开了另一份历史记录。</translation>
    </message>
</context>
<context>
    <name>tricheck::history::HistoryModel</name>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
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
<context>
    <name>tricheck::sandbox::TlsIdentity</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1 中没有未加密的 PEM 私钥（RSA 或 EC）。</translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>%1 中的私钥与 %2 中的证书不匹配。</translation>
    </message>
</context>
<context>
    <name>tricheck::session::ServiceRouter</name>
    <message>
        <source>The sandbox is turned off by your administrator.</source>
        <translation>沙箱已被管理员关闭。</translation>
    </message>
    <message>
        <source>Choose the real service in Settings.</source>
        <translation>请在设置中选择正式服务。</translation>
    </message>
    <message>
        <source>The real service is chosen, but no AccessKey is configured. Add a credentials profile in Settings, or choose the sandbox.</source>
        <translation>已选择正式服务，但未配置 AccessKey。请在设置中添加凭据配置，或选择沙箱。</translation>
    </message>
    <message>
        <source>Add a credentials profile in Settings to verify.</source>
        <translation>请在设置中添加凭据配置后再核验。</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>沙箱无法启动：%1</translation>
    </message>
</context>
<context>
    <name>tricheck::session::Session</name>
    <message>
        <source>Nothing can be verified while the history cannot record it: %1</source>
        <translation>历史记录无法记录时不能核验：%1</translation>
    </message>
    <message>
        <source>The proxy cannot be used as configured: %1</source>
        <translation>按当前配置无法使用代理：%1</translation>
    </message>
    <message>
        <source>Opening the history…</source>
        <translation>正在打开历史记录…</translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation>正在等待密钥链…</translation>
    </message>
    <message>
        <source>Looking for credentials…</source>
        <translation>正在查找凭据…</translation>
    </message>
    <message>
        <source>The trusted certificates cannot be used: %1</source>
        <translation>无法使用受信任的证书：%1</translation>
    </message>
    <message>
        <source>Reading the trusted certificates…</source>
        <translation>正在读取受信任的证书…</translation>
    </message>
</context>
<context>
    <name>tricheck::verification::VerificationService</name>
    <message>
        <source>No history database is open.</source>
        <translation>没有打开历史记录数据库。</translation>
    </message>
    <message>
        <source>The attempt could not be recorded in the history before sending (%1).</source>
        <translation>发送前无法将此次尝试记录到历史记录中（%1）。</translation>
    </message>
</context>
</TS>
