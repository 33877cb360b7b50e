<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Print one JSON line per request received (no personal data).</source>
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
</TS>
