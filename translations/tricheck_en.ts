<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n attempt(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention of %1 days deleted %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Exit status:
  0    a verification result (any BizCode), or the command completed
  2    usage or input validation error, or a bad file
  3    the service returned an error
  4    network, TLS or timeout error
  5    no usable credentials
  130  interrupted (SIGINT); a batch stays resumable
</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Input rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
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
        <source>Authentication failed</source>
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
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy authentication failed</source>
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
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>tricheck-cli history: unknown subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
        <source>Exports the history as CSV (UTF-8 with BOM), newest first.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>The history database (default: the application&apos;s).</source>
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
        <source>export, list, count or purge the verification history; show its audit trail</source>
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
    <name>HistoryFormatter</name>
    <message>
        <source>%1 · %2</source>
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
        <source>A mobile number has digits only (found &quot;%1&quot;).</source>
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
        <source>An ID number has 17 digits followed by a digit or X (found &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first two digits (%1) are not a mainland province code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character is wrong: the last character should be %1. Check the number for typos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region code %1 belongs to Hong Kong, Macao or Taiwan; only mainland resident ID cards can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code %1 is not in the list of known area codes; check the first six digits.</source>
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
        <source>A name can contain Chinese characters, Latin letters, spaces and the middle dot · (found &quot;%1&quot;).</source>
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
        <source>&amp;View</source>
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
        <source>No record found</source>
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
        <source>Partly inconsistent</source>
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
        <source>&lt;h3&gt;TriCheck %1&lt;/h3&gt;&lt;p&gt;Checks that a mainland China mobile number, a name and a resident ID number belong together, with Alibaba Cloud ID Verification (Mobile3MetaVerifyIntl).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricheck::gui::VerifyForm</name>
    <message>
        <source>Expected carrier: %1 (numbers can be ported; the result shows the actual one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
