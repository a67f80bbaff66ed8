<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CloudStatusDialog</name>
        <message numerus="yes">
            <source>… and %n more not connected (filter the table by Cloud)</source>
            <translation>
                <numerusform>… and %n more not connected (filter the table by Cloud)</numerusform>
                <numerusform>… and %n more not connected (filter the table by Cloud)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page request(s) — {message}</source>
            <translation>
                <numerusform>%n page request — {message}</numerusform>
                <numerusform>%n page requests — {message}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n manifest(s) refreshed before it.)</source>
            <translation>
                <numerusform> (%n manifest refreshed before it.)</numerusform>
                <numerusform> (%n manifests refreshed before it.)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%n manifests: one file each, named after its manifest (e.g. …-{example}), so that each file answers to one station's journal.</source>
            <translation>
                <numerusform>%n manifest: one file each, named after its manifest (e.g. …-{example}), so that each file answers to one station's journal.</numerusform>
                <numerusform>%n manifests: one file each, named after its manifest (e.g. …-{example}), so that each file answers to one station's journal.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) will be written</source>
            <translation>
                <numerusform>%Ln unit will be written</numerusform>
                <numerusform>%Ln units will be written</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder}</source>
            <translation>
                <numerusform>%n file in {folder}</numerusform>
                <numerusform>%n files in {folder}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LineRecordView</name>
        <message numerus="yes">
            <source>{where}, last %n hour(s): {units} units, {passed} provisioned, {failed} failed — yield {share}; {behind} station(s) behind on copying</source>
            <translation>
                <numerusform>{where}, last %n hour: {units} units, {passed} provisioned, {failed} failed — yield {share}; {behind} station(s) behind on copying</numerusform>
                <numerusform>{where}, last %n hours: {units} units, {passed} provisioned, {failed} failed — yield {share}; {behind} station(s) behind on copying</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>QA desk: %n manifest(s) open, read-only</source>
            <translation>
                <numerusform>QA desk: %n manifest open, read-only</numerusform>
                <numerusform>QA desk: %n manifests open, read-only</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No job: %n manifest(s) open, read-only</source>
            <translation>
                <numerusform>No job: %n manifest open, read-only</numerusform>
                <numerusform>No job: %n manifests open, read-only</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ManifestView</name>
        <message numerus="yes">
            <source>%Ln unit(s) on the line record</source>
            <translation>
                <numerusform>%Ln unit on the line record</numerusform>
                <numerusform>%Ln units on the line record</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) in {manifests} manifests</source>
            <translation>
                <numerusform>%Ln unit in {manifests} manifests</numerusform>
                <numerusform>%Ln units in {manifests} manifests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translation>
                <numerusform>%Ln unit</numerusform>
                <numerusform>%Ln units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>job {job}, operator {operator}, station {station}, %n attempt(s)</source>
            <translation>
                <numerusform>job {job}, operator {operator}, station {station}, %n attempt</numerusform>
                <numerusform>job {job}, operator {operator}, station {station}, %n attempts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — exported {rows} rows to {where}</source>
            <translation>
                <numerusform>%Ln unit — exported {rows} rows to {where}</numerusform>
                <numerusform>%Ln units — exported {rows} rows to {where}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — upload: {summary}</source>
            <translation>
                <numerusform>%Ln unit — upload: {summary}</numerusform>
                <numerusform>%Ln units — upload: {summary}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — {summary}</source>
            <translation>
                <numerusform>%Ln unit — {summary}</numerusform>
                <numerusform>%Ln units — {summary}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) on the line record — exported {rows} rows to {where}</source>
            <translation>
                <numerusform>%Ln unit on the line record — exported {rows} rows to {where}</numerusform>
                <numerusform>%Ln units on the line record — exported {rows} rows to {where}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrinterBanner</name>
        <message numerus="yes">
            <source>%n label(s) waiting; nothing is lost: they print in order as soon as the printer is ready.</source>
            <translation>
                <numerusform>%n label waiting; nothing is lost: it prints as soon as the printer is ready.</numerusform>
                <numerusform>%n labels waiting; nothing is lost: they print in order as soon as the printer is ready.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message numerus="yes">
            <source>(%n characters)</source>
            <translation>
                <numerusform>(%n character)</numerusform>
                <numerusform>(%n characters)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UploadDialog</name>
        <message numerus="yes">
            <source>{done} of %n unit(s) settled — {message}</source>
            <translation>
                <numerusform>{done} of %n unit settled — {message}</numerusform>
                <numerusform>{done} of %n units settled — {message}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WindowLineCopy</name>
        <message numerus="yes">
            <source>line: %n change(s) behind since {since}</source>
            <translation>
                <numerusform>line: %n change behind since {since}</numerusform>
                <numerusform>line: %n changes behind since {since}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>YieldView</name>
        <message numerus="yes">
            <source>Units per day — last %n days</source>
            <translation>
                <numerusform>Units per day — last %n day</numerusform>
                <numerusform>Units per day — last %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Connected to {service} within days of provisioning — {read} of %Ln provisioned unit(s) read</source>
            <translation>
                <numerusform>Connected to {service} within days of provisioning — {read} of %Ln provisioned unit read</numerusform>
                <numerusform>Connected to {service} within days of provisioning — {read} of %Ln provisioned units read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>within %n day(s): {count} of {read} ({share} %)</source>
            <translation>
                <numerusform>within %n day: {count} of {read} ({share} %)</numerusform>
                <numerusform>within %n days: {count} of {read} ({share} %)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n manifests)</source>
            <translation>
                <numerusform> (%n manifest)</numerusform>
                <numerusform> (%n manifests)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %n days{where}: {passed} passed, {failed} failed of {ended} attempts — yield {share} %</source>
            <translation>
                <numerusform>Last %n day{where}: {passed} passed, {failed} failed of {ended} attempts — yield {share} %</numerusform>
                <numerusform>Last %n days{where}: {passed} passed, {failed} failed of {ended} attempts — yield {share} %</numerusform>
            </translation>
        </message>
    </context>
</TS>
