<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AliyunConfigReader</name>
    <message>
        <source>The aliyun CLI configuration %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI configuration %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI configuration %1 is larger than 1 MiB; it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI configuration %1 is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI configuration %1 has no &quot;profiles&quot; list; it is not a config.json of the aliyun CLI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no credential mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses mode %2, which TriCheck does not support: only AK and StsToken profiles can be used (other modes need a token exchange TriCheck does not make).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; lacks access_key_id or access_key_secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StsToken profile &quot;%1&quot; lacks sts_token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days kept before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days kept now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows within the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing unknown this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a detail inside a detail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts older than a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEvent</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential profile added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential profile changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential profile removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service switched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n attempt(s) to %1</source>
        <translation>
            <numerusform>Exported %n attempt to %1</numerusform>
            <numerusform>Exported %n attempts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n attempt(s) (%1)</source>
        <translation>
            <numerusform>Deleted %n attempt (%1)</numerusform>
            <numerusform>Deleted %n attempts (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention of %1 days deleted %n attempt(s)</source>
        <translation>
            <numerusform>Retention of %1 days deleted %n attempt</numerusform>
            <numerusform>Retention of %1 days deleted %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic deletion of old history turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History older than %1 days is deleted automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential profile &quot;%1&quot; added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential profile &quot;%1&quot; changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential profile &quot;%1&quot; removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to the sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to the real service (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The policy %1 has %n problem(s): every setting was locked</source>
        <translation>
            <numerusform>The policy %1 has %n problem: every setting was locked</numerusform>
            <numerusform>The policy %1 has %n problems: every setting was locked</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 sent with %n row(s) that may go past the monthly budget</source>
        <translation>
            <numerusform>Batch %1 sent with %n row that may go past the monthly budget</numerusform>
            <numerusform>Batch %1 sent with %n rows that may go past the monthly budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1</source>
        <translation>
            <numerusform>Exported %n audit event to %1</numerusform>
            <numerusform>Exported %n audit events to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Switched to the real service (%1), confirmed by the operator for AccessKey %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint key exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint key imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost answers settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint key %1 exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint key %1 imported from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left in flight by a TriCheck that ended settled as &quot;outcome unknown — may have been billed&quot;</source>
        <translation>
            <numerusform>%n attempt left in flight by a TriCheck that ended settled as &quot;outcome unknown — may have been billed&quot;</numerusform>
            <numerusform>%n attempts left in flight by a TriCheck that ended settled as &quot;outcome unknown — may have been billed&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>The audit log cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>The file&apos;s encoding: auto (the default: UTF-8 with or without BOM, else GB18030), utf-8 or gb18030 (also reads GBK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field delimiter: auto (the default: detected from the first line), comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row: the columns are mobile, name, ID number, reference, unless chosen with --column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for a field instead of recognising the header: mobile=COLUMN, name=…, id_number=…, reference=…; COLUMN is a header name or a position from 1. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second at most (the account&apos;s limit; default %1 from the settings). 0: no limit, for the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at most, 1 to 64 (default %1 from the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume this batch (its id is printed when it starts): rows already answered are never sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --resume: also send again the rows whose outcome is unknown (in flight when the batch stopped, or timed out after sending). They may have been billed already: a second request may be billed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a progress line on stderr (counts, rate, time left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or gb18030, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be auto, comma, semicolon or tab, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--column needs FIELD=COLUMN with FIELD one of mobile, name, id_number, reference (not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--qps must be a number from 0 (no limit) to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resend-unknown is for a resumed batch (--resume BATCH_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output needs a file path (standard output carries the JSON summary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was started with --encoding %2; resume it the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the same as line %2, sent once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 · pass %3 · mismatch %4 · no record %5 · errors %6 · unknown %7 · billed %8 · %9/s · ETA %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted (%1) before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Stopping: waiting for the %1 requests in flight to be answered and recorded (press Ctrl+C again to stop waiting; their outcome is then unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows with an unknown outcome will be sent again (--resend-unknown); they may be billed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: outcome unknown — may have been billed (it was in flight when the batch stopped). Not sent again; --resend-unknown sends it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: sending at most %2 requests per second, %3 at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database that records every attempt and the batch&apos;s journal: a file, or postgresql://USER@HOST:PORT/DB (default: the settings&apos; history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume it with:
  %1
or start it again with --new-batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is kept in the journal. Resume it with:
  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the file as a new batch even though it was verified before (the same bytes): every row is sent again and may be billed again. Without it such a file is refused with the earlier batch&apos;s id, to resume instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--new-batch and --resume cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rows answered in the last %n day(s) are not sent again: their earlier results and RequestIds are reported instead.</source>
        <translation>
            <numerusform>Rows answered in the last %n day are not sent again: their earlier results and RequestIds are reported instead.</numerusform>
            <numerusform>Rows answered in the last %n days are not sent again: their earlier results and RequestIds are reported instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not send a row whose mobile, name and ID number the same kind of service answered (BizCode 1, 2 or 3) within the last N days: its earlier result and RequestId are reported instead, and nothing is billed for it. 0 sends every row (default %1 from the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip-verified-days must be a number of days from 0 (send every row) to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 to send, %3 invalid, %4 duplicates (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file or Excel workbook (.xlsx) to verify (required, also with --resume: the same file). A workbook is recognised by its content, whatever its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet of an Excel workbook to read (default: the first one). A resumed batch reads the worksheet it was started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the results to this file: one row per input row (line, status, masked values, reference, BizCode, SubCode, IspName, billed, RequestId, error kind and code). An Excel workbook when the name ends in .xlsx, else CSV in the history export&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input FILE.csv (or FILE.xlsx) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet needs the name of a worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add --within-budget to send the %n row(s) that fit.</source>
        <translation>
            <numerusform>Add --within-budget to send the %n row that fits.</numerusform>
            <numerusform>Add --within-budget to send the %n rows that fit.</numerusform>
        </translation>
    </message>
    <message>
        <source>When the batch could go past this month&apos;s budget: send rows only while the budget allows, then stop (exit status 6; the rest stays pending to resume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the batch could go past this month&apos;s budget: send every row anyway (recorded in the audit log). Refused when the budget has a hard stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--within-budget and --over-budget cannot be used together.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify every row of a CSV file or Excel workbook within the QPS limit; journaled, resumable after a crash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Verify a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchFileBox</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (UTF-8 or GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 / GBK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet of the workbook to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume unfinished batch…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchJournal</name>
    <message>
        <source>There is no batch %1 in this history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is being run by another TriCheck process (%2). Wait for it to finish, or stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was taken over by another TriCheck process just now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchLauncher</name>
    <message>
        <source>Batch %1 was started against the sandbox, but verifications now go to the real service. Resume it against the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was started against the real service, but verifications now go to the sandbox. Resume it against the real service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchOptionsBox</name>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit of your Alibaba Cloud account (0, no limit, only for the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send MD5 &amp;digests (ParamType md5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip people verified in the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row whose mobile number, name and ID number were answered (consistent, inconsistent or no record) within this many days is not sent: its earlier result and RequestId are shown instead, and nothing is billed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off: send every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchResults</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IspName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same mobile number, name and ID number as line %1: sent once, for that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: the request was in flight when the batch stopped; it may have been billed. Send it again only with --resend-unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: resume the batch to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: no complete answer arrived; it may have been billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: verified before (that check is no longer in the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: verified on %1 (RequestId %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid (not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate (sent once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TriCheck batch results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked: the results hold no plaintext mobile number, name or ID number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchResultsExport</name>
    <message>
        <source>Export batch results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will contain personal data: the masked mobile number, name and ID number of every row of %1, with its result and RequestId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store and share it only as your data-protection rules allow. The export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRunPage</name>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent, verified before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify another &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchSetupPage</name>
    <message>
        <source>Verify every row of a CSV file or an Excel workbook (.xlsx): each row is checked first, invalid rows are listed and never sent, rows repeating the same mobile number, name and ID number are sent once. Every result is recorded in the history as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns are recognised from the header row; choose another column where the guess is wrong. The first rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that will not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetRule</name>
    <message>
        <source>The monthly budget is an amount of money (%1), but no price per check is set: the budget cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly budget is in %1 but the price per check is in %2: the budget cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetSettingsBox</name>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per &amp;billed check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your Alibaba Cloud contract charges for one consistent or inconsistent answer; used for estimated costs and a budget in money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget as a number of billed checks, or as money at the price per check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse checks once the budget is used up (hard stop)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetStatus</name>
    <message>
        <source>Simulated this month: %1 (not billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed this month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n may have been billed)</source>
        <translation>
            <numerusform>(+%n may have been billed)</numerusform>
            <numerusform>(+%n may have been billed)</numerusform>
        </translation>
    </message>
    <message>
        <source>· %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s budget is used up in the sandbox (%1 of %2 checks): further checks are refused, as they would be with the real service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s budget is used up (%1 of %2 billed checks): further checks are refused until next month or until the budget is raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s budget is used up (%1 of %2 billed checks); checks are still sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of this month&apos;s budget is used: %2 of %3 billed checks, %4 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: this month&apos;s budget of %1 billed checks is used up (%2 billed, %3 may have been billed), and its hard stop refuses further checks until next month or until the budget is raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This batch may bill %n row(s), but this month&apos;s budget allows %1 more billed checks (%2 of %3 used).</source>
        <translation>
            <numerusform>This batch may bill %n row, but this month&apos;s budget allows %1 more billed checks (%2 of %3 used).</numerusform>
            <numerusform>This batch may bill %n rows, but this month&apos;s budget allows %1 more billed checks (%2 of %3 used).</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget&apos;s hard stop refuses it: send only the rows that fit (they stop at the budget), or raise the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every row anyway, send only the rows that fit, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s budget allows %1 more billed checks (%2 of %3 used).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarrierInfo</name>
    <message>
        <source>China Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China Unicom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China Telecom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China Broadnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown carrier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>validate a mobile number, name and ID number offline; nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number (11 digits; +86 is removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-character resident ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept pre-computed MD5 digests (ParamType md5).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;tricheck-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tricheck-cli: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;tricheck-cli --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tricheck-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the history (%1 of %2: %3)…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 does not exist (columns are numbered from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a header row, columns are chosen by number (1, 2, 3 …), not by name (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column named &quot;%1&quot; (its columns: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 is chosen for both %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns of the mobile number, name and ID number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>show the settings in force, where each comes from and which the administrator locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output with --json:
  {&quot;policy&quot;:{&quot;path&quot;,&quot;exists&quot;,&quot;failedClosed&quot;,&quot;problems&quot;},
   &quot;settings&quot;:{&quot;Endpoint&quot;:{&quot;value&quot;,&quot;source&quot;,&quot;locked&quot;,&quot;settingsKey&quot;}, …}}
Settings are named as in the policy file; source is default, settings, policy or override.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tricheck-cli config show [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: none (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependentSettings</name>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox runs on this computer: the endpoint applies to the real service only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose MD5 digests above to make them compulsory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TriCheck %1 · mobile, name and ID number verification (Alibaba Cloud Mobile3MetaVerifyIntl). Identity values are shown masked, as the history keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not verify the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is unknown: the request was sent and may have been processed and billed. Look for the RequestId in the Alibaba Cloud console before repeating the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values checked (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sandbox, not billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParamType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 ms, %n request(s) sent</source>
        <translation>
            <numerusform>%1 ms, %n request sent</numerusform>
            <numerusform>%1 ms, %n requests sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest of the stored record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the attempt&apos;s record as stored in the history, in TriCheck&apos;s canonical form (version 1: the stored columns as one JSON object, keys in ascending order, no white space). &quot;tricheck-cli history receipt %1 --pdf FILE&quot; computes it again from the history, so this paper can be matched with the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (local days, time zone %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox (not billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators / team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, TriCheck %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity values appear masked only; the history holds no plaintext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing unknown (may have been billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate (consistent among answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 per billed check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price per check is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) not listed; see Edit → Audit log.</source>
        <translation>
            <numerusform>%n more event not listed; see Edit → Audit log.</numerusform>
            <numerusform>%n more events not listed; see Edit → Audit log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not an endpoint: use hongkong, hongkong-vpc or an https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot;: use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (127.0.0.1); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud Hong Kong (VPC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDevice</name>
    <message>
        <source>%1 has a single element or text of more than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB, more than a workbook of this kind may hold (a zip bomb?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Input rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy authentication required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 min behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 min ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 h behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 h ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input was rejected before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input was rejected before anything was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint answered with a redirect (HTTP %1). Signed requests are never forwarded to another address: check the endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (the sandbox). Nothing was sent: use an https:// endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure random number generator failed, so no request could be signed. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable AccessKey. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable AccessKey: %1 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TriCheck is not set up to send this request. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TriCheck is not set up to send this request: %1 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the endpoint within %1 s. Nothing was sent, so nothing was billed. Check the network, the proxy and the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the endpoint. Nothing was sent, so nothing was billed. Check the network, the proxy and the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the endpoint (%1). Nothing was sent, so nothing was billed. Check the network, the proxy and the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s after the request was sent. The outcome is unknown — the check may have been billed. Do not simply repeat it: look for it in the Alibaba Cloud console first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent, and the service refused the network layer&apos;s automatic resend as a replay. The outcome is unknown — the check may have been billed. Look for it in the Alibaba Cloud console before repeating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent. The outcome is unknown — the check may have been billed. Look for it in the Alibaba Cloud console before repeating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is limiting the request rate (%1). Retry after %2 s. Throttled requests are not billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is limiting the request rate (%1); the account&apos;s limit is shared by all its users. Wait a moment and retry. Throttled requests are not billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the request time: this computer&apos;s clock is %1. Set the clock right (turn on automatic network time) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the request time: this computer&apos;s clock is off by more than a few minutes. Set the clock right (turn on automatic network time) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had already seen this request: an earlier copy of it reached the service and may have been processed (and billed). Look for it in the Alibaba Cloud console before repeating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This AccessKey is disabled. Enable it in the RAM console or use another AccessKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud does not know this AccessKey ID. Check the AccessKey ID of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STS security token has expired. Get a new token and update the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STS security token is invalid or does not belong to this AccessKey. Check the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the request signature (%1). Check the AccessKey secret, and that this computer&apos;s clock is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RAM user may not use ID Verification. Grant it the AliyunAntCloudAuthFullAccess policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID Verification is not activated for this account, or the account has an overdue payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service blocked repeated failing calls. Fix the cause before trying again, and wait a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account or RAM user is not allowed to make this call (%1). Check its RAM permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint does not offer Mobile3MetaVerifyIntl (version 2022-08-09) (%1). Check the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the request (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service reported an internal problem (%1). Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was larger than 1 MiB and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service may have processed the check, so it may have been billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while the request was on its way. It may have reached the service: the outcome is unknown — the check may have been billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy (or a gateway in front of the service) refused TriCheck&apos;s credentials. Check the proxy user name and password in the settings. Nothing reached the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service or a gateway in front of it failed (HTTP %1). The outcome is unknown — the check may have been billed. Look for it in the Alibaba Cloud console before repeating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service reported an internal problem (%1, HTTP %2). The outcome is unknown — the check may have been billed. Look for it in the Alibaba Cloud console before repeating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered HTTP %1 with the code %2 instead of a result: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered HTTP %1 with the code %2 instead of a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent and its answer has not been stored yet. It may be billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TriCheck ended while the request was on its way (the program was stopped or the computer went down). The outcome is unknown — the check may have been billed. Look for it in the Alibaba Cloud console before repeating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) to reach the service</source>
        <translation>
            <numerusform>%n attempt to reach the service</numerusform>
            <numerusform>%n attempts to reach the service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), the service asked to retry</source>
        <translation>
            <numerusform>%n request, the service asked to retry</numerusform>
            <numerusform>%n requests, the service asked to retry</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out (outcome unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight (may be billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown — may have been billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name was not found (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer is not connected to a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system does not allow network access now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy&apos;s name was not found (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy asks for a user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the connection was closed. Nothing was sent in clear and nothing was billed. Check the endpoint, this computer&apos;s date and any proxy that intercepts HTTPS: its certificate authority can be trusted in Settings → Network (tricheck-cli: --ca-certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1), so the connection was closed. Nothing was sent in clear and nothing was billed. Check the endpoint, this computer&apos;s date and any proxy that intercepts HTTPS: its certificate authority can be trusted in Settings → Network (tricheck-cli: --ca-certificates).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultOptions</name>
    <message>
        <source>&quot;%1&quot; is not a latency: give N or MIN-MAX milliseconds, from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate: give a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintKey</name>
    <message>
        <source>The history&apos;s fingerprint key in the keychain is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fingerprint key file holds one line with the key (base64), and comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no fingerprint key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint key is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint key is too short: %1 bytes, at least %2 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint key is too long: at most %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a fingerprint key file (too big).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint key file %1 can be read by every user of this computer: it should be readable by the operators&apos; group only (chmod 640).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryColumns</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParamType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizCode / billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled in flight — outcome unknown, may have been billed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>tricheck-cli history: unknown subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no history database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot;: use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (atomically) or to standard output (-, the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only attempts with this result: pass, mismatch (also partly inconsistent), partial, norecord, error or unknown. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only results with this SubCode, e.g. 201. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the header and texts: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use pass, mismatch, partial, norecord, error or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n attempt(s).</source>
        <translation>
            <numerusform>Exported %n attempt.</numerusform>
            <numerusform>Exported %n attempts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the newest attempts (masked values only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many attempts (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts attempts per SubCode and error kind, billed calls and latency percentiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed: %1, not billed: %2, billing unknown: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency: p50 %1 ms, p95 %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes attempts older than a number of days. The deletion is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete attempts that started more than DAYS days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge needs --older-than DAYS (a positive number of days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to delete history without confirmation: add --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n attempt(s) that started before %1 from %2? This cannot be undone. Type &quot;yes&quot; to confirm: </source>
        <translation>
            <numerusform>Delete %n attempt that started before %1 from %2? This cannot be undone. Type &quot;yes&quot; to confirm: </numerusform>
            <numerusform>Delete %n attempts that started before %1 from %2? This cannot be undone. Type &quot;yes&quot; to confirm: </numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the audit trail, newest first: exports, purges, retention runs, credential profile changes and service switches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day on (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to and including this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database: a file, or postgresql://USER@HOST:PORT/DB (default: the application&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the history database for damage and remembers the result in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also compare every index entry with its row (slower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the history as CSV (UTF-8 with BOM) or as an Excel workbook, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or xlsx (an Excel workbook with a summary sheet). Default: xlsx when --output ends in .xlsx, else csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook is not text: write it to a file with --output FILE.xlsx, or redirect standard output to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a person refused: your fingerprint key cannot be used with this history, so the search could not find your colleagues&apos; attempts (see the warning above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only attempts with exactly this mobile number, ID number or name (by keyed fingerprint; refused without a keychain), this RequestId, or a reference containing this text (ref:TEXT for text made only of letters). - reads the text from standard input, out of process lists and shell history.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export, list, count, check or purge the verification history; show its audit trail; write an attempt&apos;s verification record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryError</name>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a TriCheck history database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer version of TriCheck. It was not changed. Update TriCheck to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2). It was not changed. Restore it from a backup, or move it aside to start a new history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 cannot be written: the file, its folder or the disk is read-only. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the history database %1 is full. Nothing was recorded; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 is locked by another program. Nothing was recorded; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the history database %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A history database operation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1, this version of TriCheck knows up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Schema version %1; this version knows up to %2.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-ahead logging unavailable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt is already in the history database %1; it was not recorded twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile, ID number, name, or ref:text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFormatter</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryLocation</name>
    <message>
        <source>The history connection is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history connection must not contain a password. Store the password in the keychain (Settings) or set PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history connection names no server: use postgresql://USER@HOST:PORT/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history connection has an invalid port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history connection names no database: use postgresql://USER@HOST:PORT/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; in the history connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the history connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode=%1 could send the history unencrypted to %2. Only connections to this computer may be unencrypted; use sslmode=verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySearch</name>
    <message>
        <source>No attempt with this mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt with this ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt with this RequestId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference contains this text. Mobile and ID numbers are found only when typed in full (11 or 18 characters), never by a part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile numbers, ID numbers and names are searched only by their keyed fingerprint, and no fingerprint key can be used here (there is no keychain, or your key is not the one this history uses): the search was refused rather than run on the text. To search the references for this text, type %1 before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search finds a whole mobile number, ID number or name, a RequestId, or part of a reference; text made only of letters is a name: type %1 before it to search the references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked values such as 138****8000 or 张* cannot be searched: the history keeps no clear values to compare them with. Type the whole mobile number, ID number or name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt with exactly this name (as typed, letter case included). To search the references for this text instead, type %1 before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The retention period must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date was given for the purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database driver %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitySource</name>
    <message>
        <source>--stdin expects one JSON object {&quot;mobile&quot;,&quot;name&quot;,&quot;id&quot;,&quot;reference&quot;} on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stdin: &quot;%1&quot; is missing or not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stdin: &quot;reference&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stdin: unknown key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stdin cannot be used with --mobile, --name or --id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stdin: the input is larger than 64 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mobile, --name and --id are all required, or --stdin with a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mainland mobile number has 11 digits (this one has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a mainland China mobile number range (prefix %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number; only 18-character second-generation numbers can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters (this one has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first two digits (%1) are not a mainland province code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region code %1 belongs to Hong Kong, Macao or Taiwan; only mainland resident ID cards can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most 64 characters (this one has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains an invisible control character; retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name needs at least one Chinese character or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A middle dot can only stand between two parts of a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value already is an MD5 digest and will be sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognised input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is a punctuation mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has digits only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (characters 7 to 14) is not a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (characters 7 to 14) is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (characters 7 to 14) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character does not match the first 17: this is not a valid ID number. Check it against the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code (the first six digits) is not in the list of known area codes; check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can contain Chinese characters, Latin letters, spaces and the middle dot · (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as a number in the workbook; its last digits are lost — format the column as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formula without a saved result: open the workbook in Excel or WPS, let it calculate and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell holds an error value (a formula that failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell holds the error %1 (a formula that failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mainland mobile number has 11 digits: nothing more can be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits can be typed in a mobile number: that character was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters: nothing more can be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits, and X as the last character, can be typed in an ID number: that character was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most 64 characters and no control characters: that input was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 contains binary data (a NUL or control byte): this is not a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not valid text in the encoding %2. Save the file as UTF-8, or choose the encoding it was saved in (GB18030 for files from Chinese Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a closing quote (&quot;) must be followed by the delimiter or the end of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes: this does not look like a CSV file of identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a header that names the mobile, name and ID number columns (found: %2). Name the columns mobile, name and id_number (or 手机号, 姓名, 身份证号), or choose the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not the one this batch was started from (its content changed): the batch cannot be resumed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityReport</name>
    <message>
        <source>The history %1 is kept on a PostgreSQL server, which verifies its own data pages; there is nothing to check from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thorough check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 is sound (%2, %3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 is damaged (%2): %3. It was not changed. Restore it from a backup, or move it aside to start a new history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tricheck-cli key: unknown subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done: the history&apos;s audit trail cannot record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint key: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint key: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history&apos;s key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already: add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no fingerprint key to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported fingerprint key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds fingerprint key %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace fingerprint key %1 in your keychain with %2? Attempts recorded with the old key can then no longer be found by mobile or ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to replace the key without confirmation: add --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &quot;yes&quot; to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported fingerprint key %1 into your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: your administrator&apos;s policy names a key file (%1), which is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history whose audit trail records the export or import (default: the application&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or import the fingerprint key a team shares for exact-match history search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the key file here (&quot;-&quot;: standard output, the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the --output file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the key in your keychain without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TriCheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TriCheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox &amp;sample people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume unfinished batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the history database for damage (reads the whole file, in the background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>The policy file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown section %1 (only [Policy] is read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;Name=value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings must follow a [Policy] line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in Locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked but has no valid value; using the safest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FingerprintKeyFile needs an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage credential profiles: list, add, remove, import-aliyun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tricheck-cli profile list
       tricheck-cli profile add NAME --access-key-id ID [--endpoint E] [--sts-token] [--default]
       tricheck-cli profile remove NAME
       tricheck-cli profile import-aliyun [--file PATH] [--profile NAME] [--replace]

Profiles keep the AccessKey ID (and an optional endpoint) in TriCheck&apos;s settings and the secret and STS token only in the system keychain. &apos;add&apos; reads the secret (and then the token) from standard input, or asks for it without echo on a terminal; never pass a secret as an argument.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List TriCheck&apos;s credential profiles (never their secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or replace a profile. The secret is read from standard input (first line), or asked for without echo on a terminal; with --sts-token the STS token follows (second line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint for this profile: hongkong, hongkong-vpc or an https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read an STS security token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it the default profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey secret for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AccessKey secret was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS security token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No STS token was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a profile and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy AK and StsToken profiles of the aliyun CLI (~/.aliyun/config.json) into TriCheck&apos;s profiles, with their secrets in the system keychain. Other modes are listed as skipped, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI configuration (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace TriCheck profiles of the same name (skipped otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI configuration has no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TriCheck profile of this name exists; use --replace to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Use &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret stored in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from aliyun CLI…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>&quot;%1&quot; is not a proxy: use system, none, http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the proxy user name in its own field and the password in the keychain, not in the proxy address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy address needs a port, e.g. http://proxy.example.com:3128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy password cannot be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RealServiceConfirmation</name>
    <message>
        <source>the AccessKey %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; (AccessKey %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configured endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>endpoint (host)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the real service? Verifications will be sent to %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the real service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every consistent or inconsistent answer is billed to this account (&quot;no record&quot; answers are not). Cancel keeps the sandbox: simulated results, nothing billed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptCommand</name>
    <message>
        <source>Writes the verification record of one attempt as PDF: masked values, the outcome and its meaning, BizCode and billing, RequestId, times, endpoint, signature scheme, ParamType, operator, reference and the SHA-256 digest of the stored record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt&apos;s id (the history&apos;s Attempt ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history receipt needs ATTEMPT_ID and --pdf FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attempt %1 in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>unexpected character after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the header must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mobile number must be 11 digits starting with 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must be 1 to 64 characters without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number must be 17 digits followed by a digit or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carrier must be CMCC, CUCC or CTCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status must be &quot;active&quot; or &quot;other&quot; (or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mobile number is already listed on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result when sent as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (e.g. suspended)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the PDF: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF to FILE (atomically).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database: a file, or postgresql://USER@HOST:PORT/DB (default: the application&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period&apos;s figures as a PDF report (and JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the report of a period as PDF: totals, a chart, a per-day table, error kinds, carriers, operators, batches and the audit events of the period. Masked values only. --json prints the same figures as one JSON object on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the figures as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --from DATE, --to DATE and --pdf FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot;: use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultCatalogue</name>
    <message>
        <source>Consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and the ID number both match the registration of this mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and ID number do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the name nor the ID number matches the registration of this mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name matches, ID number does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name matches the registration of this mobile number, but the ID number does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number matches, name does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number matches the registration of this mobile number, but the name does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other inconsistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three values are inconsistent for another reason, for example the number is not in normal use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator has no record for this mobile number. This result is not billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown result %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with a result code that TriCheck does not know. Check the RequestId with Alibaba Cloud support before relying on this result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown business code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated — not billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconsistent — other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconsistent — name or ID matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5 digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BizCode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowIssue</name>
    <message>
        <source>%1: %2</source>
        <comment>a field and what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowSkipper</name>
    <message numerus="yes">
        <source>Rows verified in the last %n day(s) cannot be skipped: the fingerprint key is not available from the keychain, so earlier checks cannot be recognised. Unlock the keychain, or start the batch without skipping.</source>
        <translation>
            <numerusform>Rows verified in the last %n day cannot be skipped: the fingerprint key is not available from the keychain, so earlier checks cannot be recognised. Unlock the keychain, or start the batch without skipping.</numerusform>
            <numerusform>Rows verified in the last %n days cannot be skipped: the fingerprint key is not available from the keychain, so earlier checks cannot be recognised. Unlock the keychain, or start the batch without skipping.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows verified in the last %n day(s) cannot be skipped: %1</source>
        <translation>
            <numerusform>Rows verified in the last day cannot be skipped: %1</numerusform>
            <numerusform>Rows verified in the last %n days cannot be skipped: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>run the local sandbox endpoint (fictitious people, no billing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A faithful local Mobile3MetaVerifyIntl service for training and tests: it checks V3 and V1 signatures, timestamps, nonces and the QPS limit as the real service does, and answers from a registry of fictitious people. It listens on a loopback address only. Without --key it accepts the demo AccessKey pair %1 / %2. When ready it prints one JSON line on stdout: {&quot;event&quot;:&quot;listening&quot;,&quot;url&quot;:…,&quot;keys&quot;:[…]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback address to listen on (default 127.0.0.1; ::1 and localhost work too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port; 0 (the default) picks a free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the port number to FILE once listening (removed on exit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry CSV (mobile,name,id_number,carrier,status) instead of the built-in demo people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AccessKey to accept, optionally an STS token; repeatable. Replaces the demo key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second per AccessKey before Throttling.Api (default 50; 0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted difference between a request&apos;s timestamp and the sandbox clock (default 900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay every reply by N milliseconds, or by a random MIN-MAX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests answered 503 ServiceUnavailable (0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of connections closed without a reply (0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of replies whose body is cut short (0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON line per request received (no personal data; the person asked about appears only as &quot;subject&quot;, a keyed hash that is the same for the same values within one run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the fault injection&apos;s random choices (reproducible runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to bind to %1: the sandbox listens on loopback addresses only (127.0.0.0/8 or ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key must be ID:SECRET or ID:SECRET:STS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AccessKey ID %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--qps must be a number from 0 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-skew-seconds must be a number from 0 to 31622400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-seconds must be a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the port file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox listening on %1 with the demo AccessKey %2 / %3. Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox listening on %1, accepting the AccessKey IDs %2. Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (with --tls-key); clients must trust it. Without it the sandbox serves plain HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key (RSA or EC, not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-certificate and --tls-key go together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParamType md5 is required by your administrator&apos;s policy: each value is sent as its MD5 digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParamType md5 is on in the settings: each value is sent as its MD5 digest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionConfig</name>
    <message>
        <source>%1 is set by your administrator&apos;s policy: using &quot;%2&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is overruled by your administrator&apos;s policy: attempts are recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s policy %1 cannot be read completely, so every setting is locked (at the safest value where the file does not give one). Ask your administrator to correct it:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for the sandbox (%2), but your administrator&apos;s policy sends verifications to %3, where they are billed: nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials name the endpoint &quot;%1&quot;, which cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox (an endpoint on this computer, %1) is not allowed by your administrator&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator&apos;s policy keeps every attempt in the history: nothing can be deleted by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your administrator&apos;s policy keeps attempts for %n day(s): only older attempts can be deleted.</source>
        <translation>
            <numerusform>Your administrator&apos;s policy keeps attempts for %n day: only older attempts can be deleted.</numerusform>
            <numerusform>Your administrator&apos;s policy keeps attempts for %n days: only older attempts can be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionFlags</name>
    <message>
        <source>Signature scheme: v3 (ACS3-HMAC-SHA256, the default) or v1 (HMAC-SHA1) for gateways that need it. Default: the one chosen in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hongkong (the default), hongkong-vpc, an https:// URL, or an http:// URL of this computer (the sandbox). Default: the profile&apos;s endpoint, if any; when resuming a batch, the batch&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this credential profile (TriCheck&apos;s, else the aliyun CLI&apos;s). Without it, in this order: ALIBABA_CLOUD_ACCESS_KEY_ID with ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN), ALIBABA_CLOUD_PROFILE, the default profile, the aliyun CLI&apos;s current profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up waiting for an answer after N milliseconds, 100 to 600000 (default: the settings&apos;, 10000; connecting is limited to 5000). A timeout after sending may still be billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach the service: system (the default: the system&apos;s proxy settings), none, http://HOST:PORT or socks5://HOST:PORT. The proxy user name comes from the settings, its password from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send each value as its MD5 digest (ParamType md5), computed here: the plaintext never leaves this computer. Values that already are 32-hex digests are sent as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database: a file, or postgresql://USER@HOST:PORT/DB (default: the settings&apos; history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not record the attempt in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--signature must be v3 or v1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-ms must be a number of milliseconds from 100 to 600000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history and --no-history cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history needs a file path or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file, besides the system&apos;s: a company proxy that inspects TLS, a private gateway, a sandbox with its own certificate. Verification stays on. Default: the settings&apos; file, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-certificates needs the path of a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mask identity values in fields that are not being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;ParamType:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep attempts for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip &amp;verified within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &amp;before a repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the reference for the next verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Always MD5: the form&apos;s MD5 toggle cannot be turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedStrings</name>
    <message>
        <source>the workbook has more than %1 shared strings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>a cell of row %1 has no valid shared string number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 refers to shared string %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row has the number &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row has the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 comes after row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell of row %1 has the reference &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell of row %1 holds more text than a cell can</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsQuery</name>
    <message>
        <source>%1-W%2</source>
        <extracomment>An ISO week: %1 the year, %2 the week number (1-53).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <extracomment>A month: %1 the year, %2 the month (01-12).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamKey</name>
    <message>
        <source>Your fingerprint key (id %1) is not the one this history uses (id %2), so you cannot find your colleagues&apos; attempts by mobile or ID number, nor they yours. Searching for a mobile or ID number is off, and new attempts are recorded without fingerprints. Ask your administrator for the team&apos;s key (tricheck-cli key import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be checked whether your fingerprint key is the one this history uses: %1 Searching for a mobile or ID number is off, and new attempts are recorded without fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s fingerprint key from your administrator&apos;s policy cannot be used: %1 Searching for a mobile or ID number is off, and new attempts are recorded without fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedCertificates</name>
    <message>
        <source>Cannot read the trusted certificates in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a file of certificates (more than 4 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate in %1 is valid today: each has expired or is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>verify a mobile number, name and ID number with Alibaba Cloud (one signed, billed call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainland mobile number (11 digits; +86, spaces and hyphens are removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-character resident ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference for this check (case number …), kept with the attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this attempt could not be recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the attempt in the history database at PATH (a file, or postgresql://USER@HOST:PORT/DB) instead of the default.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the three values (and a reference) as one JSON object {&quot;mobile&quot;,&quot;name&quot;,&quot;id&quot;,&quot;reference&quot;} from standard input: recommended for scripts, since arguments are visible to other users (ps, /proc) and kept in shell history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyForm</name>
    <message>
        <source>&amp;Mobile number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits, e.g. 13800138000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as on the ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, the last may be X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case or ticket number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as MD5 &amp;digests (ParamType md5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these digests are sent: the plaintext does not leave this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbookIndex</name>
    <message>
        <source>The workbook has no worksheet (only charts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheet named &quot;%1&quot; (its worksheets: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods), not an Excel workbook. Save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a zip archive, but not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Excel binary workbook (.xlsb). Save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worksheet part %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbookWriter</name>
    <message>
        <source>The workbook cannot be written: no temporary file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory or no temporary directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks cannot be written: %1 cannot be loaded (%2). Install the libxlsxwriter4 package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks cannot be written: %1 lacks a function TriCheck needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks cannot be written in this AddressSanitizer build: it refuses the isolated loading (RTLD_DEEPBIND) that %1 needs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxArchive</name>
    <message>
        <source>it is not a complete zip archive; the file may be truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive lists %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of entries cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive lists more than %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is encrypted. Save it again without a password, then choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an unsupported compression method (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to %2 MB, more than a workbook of this kind may hold (at most %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would unpack %2 times larger than it is stored (a zip bomb?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxError</name>
    <message>
        <source>The workbook is damaged and cannot be read (%1). Open it in Excel or WPS and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook was refused as unsafe to read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>TriCheck history export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sorted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked: the history holds no plaintext mobile number, name or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxSource</name>
    <message>
        <source>The file is not an Excel workbook: it has no worksheet &quot;%1&quot;. Choose a worksheet only for an .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls) or a password-protected workbook. Save it as an Excel workbook (.xlsx) without a password, or as CSV, then choose it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlPart</name>
    <message>
        <source>%1 contains a document type declaration, which a workbook never has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::batch::BatchLauncher</name>
    <message>
        <source>No history database is open: the batch&apos;s journal lives there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another batch is running; one batch runs at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was started without MD5; resume it the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was started with plain values, but your administrator&apos;s policy now requires MD5: it cannot be resumed. Start the file again as a new batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was verified before, as batch %1: %2 of %3 rows sent, %4 billed. Resume that batch, or start a new one (its rows may be billed again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was started with plain values, but your settings now require MD5: it cannot be resumed. Start the file again as a new batch, or turn off &quot;Always MD5&quot; in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::batch::BatchRunner</name>
    <message>
        <source>This batch runner has been started already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another batch is running in this program; the request rate is shared by the account, so one batch runs at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch needs the history database: it keeps the batch&apos;s journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch %1 in this history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has not been taken over by this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the last %1 requests failed on the network (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the service refused the last %1 requests (credentials or permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This month&apos;s budget is reached: %n check(s) of this run were billed or may have been; the rows not sent stay pending for a later resume.</source>
        <translation>
            <numerusform>This month&apos;s budget is reached: %n check of this run was billed or may have been; the rows not sent stay pending for a later resume.</numerusform>
            <numerusform>This month&apos;s budget is reached: %n checks of this run were billed or may have been; the rows not sent stay pending for a later resume.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricheck::credentials::CredentialResolver</name>
    <message>
        <source>Only one of ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET is set; set both, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AccessKey found. Add a profile (tricheck-cli profile add), set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure the aliyun CLI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;, neither TriCheck&apos;s nor the aliyun CLI&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::credentials::Keychain</name>
    <message>
        <source>The keychain holds no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available (%1). Start the desktop&apos;s keyring (a Secret Service such as GNOME Keyring or KWallet) to keep secrets between sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::credentials::ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable profile name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AccessKey ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey ID may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security token of profile &quot;%1&quot; could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; was kept for one session only, because no keychain service was available. Add the profile again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security token of profile &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::Accessibility</name>
    <message>
        <source>More tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::AliyunImportDialog</name>
    <message>
        <source>Import from the aliyun CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles in %1. The AccessKey secret is copied to the system keychain; the aliyun CLI&apos;s file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an AK or StsToken profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TriCheck has a profile named &quot;%1&quot; already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::AuditFilterBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything done to the history and to where verifications go: exports, deletions, retention, credential profiles, switches between sandbox and real service. The audit log is never deleted and cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the events shown to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform>
            <numerusform>Exported %n events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricheck::gui::BatchDialog</name>
    <message>
        <source>Verify a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another batch is running; one batch runs at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume unfinished batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unfinished batch in this history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is running. Cancel it and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests already sent are answered and recorded first. Rows not sent yet stay in the journal: File → Resume unfinished batch… sends them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was started against %2 with %3 signatures. Its remaining rows go there the same way, so that one service answers the whole batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifications from the form still go to %1 with %2 signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the batch in the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Start a &amp;new batch (%n row(s) may be billed again)</source>
        <translation>
            <numerusform>Start a &amp;new batch (%n row may be billed again)</numerusform>
            <numerusform>Start a &amp;new batch (%n rows may be billed again)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send only the %n row(s) that &amp;fit</source>
        <translation>
            <numerusform>Send only the %n row that &amp;fits</numerusform>
            <numerusform>Send only the %n rows that &amp;fit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send &amp;every row (%n)</source>
        <translation>
            <numerusform>Send &amp;every row (%n)</numerusform>
            <numerusform>Send &amp;every row (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported the results of %n row(s) to %1</source>
        <translation>
            <numerusform>Exported the results of %n row to %1</numerusform>
            <numerusform>Exported the results of %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the results to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::BatchOptionsBox</name>
    <message>
        <source>Verify a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by the settings or your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each value is sent as its MD5 digest, computed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>People answered in the last %n day(s) are not sent again (matched by their fingerprints).</source>
        <translation>
            <numerusform>People answered in the last %n day are not sent again (matched by their fingerprints).</numerusform>
            <numerusform>People answered in the last %n days are not sent again (matched by their fingerprints).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricheck::gui::BatchRunPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Requests already sent are answered and recorded; nothing more is sent until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopping: waiting for the %n request(s) in flight to be answered and recorded.</source>
        <translation>
            <numerusform>Stopping: waiting for the %n request in flight to be answered and recorded.</numerusform>
            <numerusform>Stopping: waiting for the %n requests in flight to be answered and recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service asked to slow down: sending %1 requests per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results appear in the history as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The batch is complete.&lt;/b&gt; Rows: %1 · sent: %2 · invalid (not sent): %3 · duplicates (sent once): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The batch was cancelled.&lt;/b&gt; %n row(s) were not sent. The batch is kept: File → Resume unfinished batch… sends them later.</source>
        <translation>
            <numerusform>&lt;b&gt;The batch was cancelled.&lt;/b&gt; %n row was not sent. The batch is kept: File → Resume unfinished batch… sends it later.</numerusform>
            <numerusform>&lt;b&gt;The batch was cancelled.&lt;/b&gt; %n rows were not sent. The batch is kept: File → Resume unfinished batch… sends them later.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The batch stopped:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not sent. The batch is kept: File → Resume unfinished batch… sends them when the problem is solved.</source>
        <translation>
            <numerusform>%n row was not sent. The batch is kept: File → Resume unfinished batch… sends it when the problem is solved.</numerusform>
            <numerusform>%n rows were not sent. The batch is kept: File → Resume unfinished batch… sends them when the problem is solved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) have an unknown outcome — they may have been billed.&lt;/b&gt; They were in flight when the batch stopped, or the answer did not arrive in time. They are sent again only if you choose so when resuming.</source>
        <translation>
            <numerusform>&lt;b&gt;%n row has an unknown outcome — it may have been billed.&lt;/b&gt; It was in flight when the batch stopped, or the answer did not arrive in time. It is sent again only if you choose so when resuming.</numerusform>
            <numerusform>&lt;b&gt;%n rows have an unknown outcome — they may have been billed.&lt;/b&gt; They were in flight when the batch stopped, or the answer did not arrive in time. They are sent again only if you choose so when resuming.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the results to keep them with the file: masked values, results, RequestIds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not sent: the same person was answered recently. Their earlier results and RequestIds are in the exported results.</source>
        <translation>
            <numerusform>%n row was not sent: the same person was answered recently. Its earlier result and RequestId are in the exported results.</numerusform>
            <numerusform>%n rows were not sent: the same people were answered recently. Their earlier results and RequestIds are in the exported results.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a counter&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::BatchSetupPage</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The file cannot be verified.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns of the mobile number, name and ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 rows&lt;/b&gt; — to send: %2 · invalid (not sent): %3 · duplicates (sent once): %4 · read as %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the same as line %2, sent once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s).</source>
        <translation>
            <numerusform>… and %n more row.</numerusform>
            <numerusform>… and %n more rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook with a header row: mobile number, name, ID number and optionally a reference, in English or Chinese (手机号, 姓名, 身份证号, 备注).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worksheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::BatchStartSummary</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: &lt;b&gt;the sandbox on this computer&lt;/b&gt; (%1) — simulated answers, not billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: &lt;b&gt;the real Alibaba Cloud service&lt;/b&gt;, %1 (%2) — every answer is billed to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose and check a file to see how many rows will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s)&lt;/b&gt; to send; nothing is billed.</source>
        <translation>
            <numerusform>&lt;b&gt;%n row&lt;/b&gt; to send; nothing is billed.</numerusform>
            <numerusform>&lt;b&gt;%n rows&lt;/b&gt; to send; nothing is billed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Up to %n row(s) may be billed&lt;/b&gt; (valid rows, each person once).</source>
        <translation>
            <numerusform>&lt;b&gt;%n row may be billed&lt;/b&gt; (valid rows, each person once).</numerusform>
            <numerusform>&lt;b&gt;Up to %n rows may be billed&lt;/b&gt; (valid rows, each person once).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid or repeated row(s) are not sent.</source>
        <translation>
            <numerusform>%n invalid or repeated row is not sent.</numerusform>
            <numerusform>%n invalid or repeated rows are not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People verified in the last %n day(s) are skipped, not sent.</source>
        <translation>
            <numerusform>People verified in the last day are skipped, not sent.</numerusform>
            <numerusform>People verified in the last %n days are skipped, not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) per second</source>
        <translation>
            <numerusform>%n request per second</numerusform>
            <numerusform>%n requests per second</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: %1, at most %2 at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::BudgetBanner</name>
    <message>
        <source>&lt;b&gt;Budget:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::BudgetSettingsBox</name>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget: the status bar shows this month&apos;s billed checks and their cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning from 80 %; once the budget is used up, checks and batches are refused until next month. The sandbox rehearses the budget with its simulated checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning from 80 %; a batch that could go past the budget asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::EndpointField</name>
    <message>
        <source>The endpoint chosen in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the endpoint&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ExportController</name>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export: no attempt matches the current filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file will contain personal data: masked mobile numbers, names and ID numbers of %n attempt(s), with their results and RequestIds.</source>
        <translation>
            <numerusform>The file will contain personal data: masked mobile numbers, names and ID numbers of %n attempt, with their results and RequestIds.</numerusform>
            <numerusform>The file will contain personal data: masked mobile numbers, names and ID numbers of %n attempts, with their results and RequestIds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store and share it only as your data-protection rules allow. The export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n attempt(s) to %1</source>
        <translation>
            <numerusform>Exported %n attempt to %1</numerusform>
            <numerusform>Exported %n attempts to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::HistoryCheck</name>
    <message>
        <source>Check history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the history… (it reads the whole file; TriCheck stays usable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was checked: it is sound.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::HistoryDetails</name>
    <message>
        <source>No attempt selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row of the history to see everything recorded about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The service said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the RequestId of the selected attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::HistoryFilterBar</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every attempt (clear the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts with exactly this mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts with exactly this ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts whose reference contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every operator&apos;s attempts, or only yours (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt with this RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts with exactly this name (to search the references for it, type %1 before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked values cannot be searched: type the whole mobile number, ID number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up an exact mobile number, ID number, name or RequestId, or search the references (part of the text; %1 before text made only of letters). Ctrl+F comes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile, ID number, name, or ref:text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::HistoryNotice</name>
    <message numerus="yes">
        <source>%n new attempt(s) hidden by the filter —</source>
        <translation>
            <numerusform>%n new attempt hidden by the filter —</numerusform>
            <numerusform>%n new attempts hidden by the filter —</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter and show every attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::HistoryView</name>
    <message>
        <source>RequestId %1 copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) are selected. Select at most %1, or delete old attempts by age in Settings → History.</source>
        <translation>
            <numerusform>%n attempt is selected. Select at most %1, or delete old attempts by age in Settings → History.</numerusform>
            <numerusform>%n attempts are selected. Select at most %1, or delete old attempts by age in Settings → History.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n attempt(s) from the history?</source>
        <translation>
            <numerusform>Delete %n attempt from the history?</numerusform>
            <numerusform>Delete %n attempts from the history?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n attempt(s)</source>
        <translation>
            <numerusform>Delete %n attempt</numerusform>
            <numerusform>Delete %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. The deletion is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) deleted</source>
        <translation>
            <numerusform>%n attempt deleted</numerusform>
            <numerusform>%n attempts deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete selected attempts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show de&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::MainWindow</name>
    <message>
        <source>TriCheck — mobile, name and ID verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TriCheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TriCheck — mobile, name and ID verification (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the three values in the form (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s invented people, and what each answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show identity values masked in fields that are not being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is filled with sample values; press Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;TriCheck %1&lt;/h3&gt;&lt;p&gt;Checks that a mainland China mobile number, a name and a resident ID number belong together, with Alibaba Cloud ID Verification (Mobile3MetaVerifyIntl).&lt;/p&gt;&lt;p&gt;Secrets stay in the system keychain; the history holds masked values only.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit TriCheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification is running. Cancel it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request already sent may still be processed and billed; its outcome is recorded in the history before TriCheck quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 started; its results appear in the history as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s policy file has problems. Until it is corrected, every setting is locked, at the safest value where the file does not give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history as shown (filter, sort, columns) to a CSV file or an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every row of a CSV file or an Excel workbook within the request limit; resumable after a crash (Ctrl+O, or drop the file on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file can be verified once the history is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is running: drop the file again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TriCheck — mobile, name and ID verification (real service)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ProfileDialog</name>
    <message>
        <source>Edit profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a credentials profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kyc-desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary (STS) credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret and the token go to the system keychain, never to a file, and are not shown again after saving. Without a keychain they are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; choose it in the list and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ProfilesPage</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(STS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session only (no keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost at the last restart: edit to enter it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from the aliyun CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the default profile, else the environment or the aliyun CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored secret could not be read, so the profile was not changed: %1 Enter the secret again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secret from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey itself stays valid at Alibaba Cloud; disable it in the RAM console if it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from the aliyun CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved. No keychain is available: its secret is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its secret is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKeys for the real, billed service. Secrets are kept in the system keychain, never in a file, and are never shown again after saving. With a profile, TriCheck leaves the sandbox (Service: Automatic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials profiles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ProxyFields</name>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ReportsController</name>
    <message>
        <source>Period report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the period report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt is no longer in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the verification record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;tistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts per day, week or month by outcome, billed checks and breakdowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period&apos;s figures as a PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save record as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification record of this attempt: save as PDF or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;nt record…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ResultPanel</name>
    <message>
        <source>Copy the RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verification yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent; waiting for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a mobile number, a name and an ID number and choose Verify. The result, why it is what it is, and whether it is billed appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubCode %1 · BizCode %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request may have been processed and billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (no answer from the service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt was NOT recorded in the history: %1 Note the RequestId above for your records and fix the history before verifying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt was not recorded: the history is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId %1 copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3.</source>
        <comment>the result said to screen readers: outcome, its meaning, billing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been processed and billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>latency (attempts)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ResumeBatchDialog</name>
    <message>
        <source>Resume unfinished batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These batches did not finish. Resuming sends only the rows not sent yet; rows already answered are never sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also send again the %n row(s) whose outcome is unknown. They may have been billed already: sending them again may be billed a second time.</source>
        <translation>
            <numerusform>Also send again the %n row whose outcome is unknown. They may have been billed already: sending them again may be billed a second time.</numerusform>
            <numerusform>Also send again the %n rows whose outcome is unknown. They may have been billed already: sending them again may be billed a second time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricheck::gui::SamplePeopleDialog</name>
    <message>
        <source>Sandbox sample people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox answers from these people. They are invented: the numbers and ID numbers belong to nobody, although they pass every check of the form. Pick a person, then fill the form with a triple that gives the result you want to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person to fill the form with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form with %1&apos;s number and …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right name and ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right name, another ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another name, the right ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another name and ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number nobody has (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ServiceNotices</name>
    <message>
        <source>&lt;b&gt;Sandbox — simulated results, nothing is billed.&lt;/b&gt; Verifications go to a test service on this computer that knows only invented people. &lt;a href=&quot;people&quot;&gt;Show the sample people&lt;/a&gt; · &lt;a href=&quot;settings&quot;&gt;Use the real service…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1, AccessKey %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Real service&lt;/b&gt; — verifications go to %1 with %2; every consistent or inconsistent answer is billed. &lt;a href=&quot;service&quot;&gt;Service settings…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your administrator&apos;s policy cannot be read completely:&lt;/b&gt; every setting is locked, at the safest value where the file does not give one. &lt;a href=&quot;policy&quot;&gt;Details…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fingerprint key:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verifications are not possible:&lt;/b&gt; %1 &lt;a href=&quot;%2&quot;&gt;Open Settings…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::SettingsDialog</name>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings are set by your administrator and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the default location, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attempts older than %n day(s) are deleted each time TriCheck starts. Deletions are recorded in the audit log.</source>
        <translation>
            <numerusform>Attempts older than %n day are deleted each time TriCheck starts. Deletions are recorded in the audit log.</numerusform>
            <numerusform>Attempts older than %n days are deleted each time TriCheck starts. Deletions are recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every attempt is kept until you delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete attempts older than %n day(s) now…</source>
        <translation>
            <numerusform>Delete attempts older than %n day now…</numerusform>
            <numerusform>Delete attempts older than %n days now…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete old attempts now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TriCheck history (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete old attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete every attempt older than %n day(s) from the history?</source>
        <translation>
            <numerusform>Delete every attempt older than %n day from the history?</numerusform>
            <numerusform>Delete every attempt older than %n days from the history?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. The deletion is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) deleted.</source>
        <translation>
            <numerusform>%n attempt deleted.</numerusform>
            <numerusform>%n attempts deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the whole history, every attempt ever recorded on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. The audit log is kept and records the deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal — the three values as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>md5 — only their MD5 digests leave this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the real service when an AccessKey is configured, else the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: simulated results, nothing is billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real service: billed verifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V3 — ACS3-HMAC-SHA256 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V1 — HMAC-SHA1, for gateways that need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verify form starts with this choice; the MD5 toggle changes it for one verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox answers from invented people on this computer; the real service is Alibaba Cloud&apos;s, and each answered verification (except &quot;no record&quot;) is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all attempts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy password is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy: connect directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the proxy asks for a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team&apos;s shared history: postgresql://USER@HOST:PORT/DB?sslmode=verify-full. The password is kept in the system keychain (or taken from PGPASSWORD), never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PostgreSQL URL: choose the PostgreSQL backend, or give a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL: postgresql://USER@HOST:PORT/DB?sslmode=verify-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server (shared by a team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back&amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches start with this choice: people answered within this period are not sent again; their earlier results are reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying a person the service answered within this many minutes asks first: a second answer is billed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every control can be reached with Tab and Shift+Tab; underlined letters work with Alt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify, from any field of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the RequestId of the selected attempt (in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected attempts (in the history, after confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two keys of one action</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::StatisticsView</name>
    <message>
        <source>No history is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n attempt(s), pass rate %3, billed %4, billing unknown %5, estimated cost %6</source>
        <translation>
            <numerusform>%1 to %2: %n attempt, pass rate %3, billed %4, billing unknown %5, estimated cost %6</numerusform>
            <numerusform>%1 to %2: %n attempts, pass rate %3, billed %4, billing unknown %5, estimated cost %6</numerusform>
        </translation>
    </message>
    <message>
        <source>— (no price per check is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click a number to show those attempts in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to show those attempts in the history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::StatusIndicators</name>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: deciding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 verified · %2 billed · errors: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts since midnight: %1 answered by the service, %2 of them billed; %3 ended in an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks billed this local calendar month (consistent or inconsistent answers); an attempt whose outcome is unknown counts as billed against the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1: %2</source>
        <comment>simulated answers today</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::TrustedCertificatesField</name>
    <message>
        <source>Give the file&apos;s full path, or choose it with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a company proxy that inspects HTTPS, or a private gateway: a PEM file of the certificate authorities to trust besides the system&apos;s. Certificates are always verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted besides the system&apos;s: %1 (valid until %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trusted besides the system&apos;s: %1 and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::VerifyController</name>
    <message>
        <source>%1 (SubCode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This person was verified %n minute(s) ago: %1. Verify again?</source>
        <translation>
            <numerusform>This person was verified %n minute ago: %1. Verify again?</numerusform>
            <numerusform>This person was verified %n minutes ago: %1. Verify again?</numerusform>
        </translation>
    </message>
    <message>
        <source>A second consistent or inconsistent answer is billed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::VerifyForm</name>
    <message>
        <source>Show the mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the lowercase MD5 of each value instead of the value (ParamType md5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for this verification. A request already sent may still be processed and billed; the history records the outcome either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, waiting for the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the three values (Enter or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid mobile number, name and ID number first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always on: Settings → General → Always MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected carrier: %1 (by prefix; ported numbers differ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::ViewExport</name>
    <message>
        <source>Counting the attempts to export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not started: the filter changed while the attempts were counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not started: another history was opened while the attempts were counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::history::HistoryModel</name>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::sandbox::SandboxServer</name>
    <message>
        <source>The sandbox listens on loopback addresses only (127.0.0.1, ::1); %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::sandbox::TlsIdentity</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::session::ServiceRouter</name>
    <message>
        <source>The sandbox is turned off by your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the real service in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The real service is chosen, but no AccessKey is configured. Add a credentials profile in Settings, or choose the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a credentials profile in Settings to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::session::Session</name>
    <message>
        <source>Nothing can be verified while the history cannot record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy cannot be used as configured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted certificates cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the trusted certificates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::verification::VerificationService</name>
    <message>
        <source>No history database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt could not be recorded in the history before sending (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
