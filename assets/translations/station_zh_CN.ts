<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>ActiveJob</name>
        <message>
            <source>{rule} matching {pattern}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{rule}，须匹配 {pattern}</translation>
        </message>
        <message>
            <source>no CA certificate is chosen</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>未选择 CA 证书</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings before loading its key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请先在“设置”中选择 CA 证书文件，再加载其密钥</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无法读取 CA 证书文件 {path}：{reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在“设置”中重新选择 CA 证书文件</translation>
        </message>
    </context>
    <context>
        <name>CloudSetupDialog</name>
        <message>
            <source>no profile is chosen</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>未选择配置文件</translation>
        </message>
        <message>
            <source>choose the job's profile in Settings first</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请先在“设置”中选择任务的配置文件</translation>
        </message>
        <message>
            <source>the job's attestation is not chosen</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>未选择任务的证明方式</translation>
        </message>
        <message>
            <source>choose it in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在“设置”中选择</translation>
        </message>
        <message>
            <source>{mode} units are enrolled one by one: there is no enrollment group to set up</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{mode} 设备逐台注册：没有需要设置的注册组</translation>
        </message>
        <message>
            <source>upload them from the Manifest tab once provisioned, or choose a group attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>预配后请在“清单”选项卡中上传，或选择组证明方式</translation>
        </message>
        <message>
            <source>an X.509 group needs the CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>X.509 组需要 CA 证书</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在“设置”中选择 CA 证书文件</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无法读取 CA 证书文件 {path}：{reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在“设置”中重新选择 CA 证书文件</translation>
        </message>
        <message>
            <source>the CA certificate file holds no PEM certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>CA 证书文件中没有 PEM 证书</translation>
        </message>
        <message>
            <source>choose the CA's certificate file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请选择 CA 的证书文件</translation>
        </message>
        <message>
            <source>verifying the CA needs its key, and none is kept</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>验证 CA 需要其密钥，但未保存任何密钥</translation>
        </message>
        <message>
            <source>load the CA private key in Settings (or name it in the token)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在“设置”中加载 CA 私钥（或指明令牌中的密钥）</translation>
        </message>
        <message>
            <source>the set-up was stopped</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>设置已被停止</translation>
        </message>
        <message>
            <source>set it up again: each step that was done is found done</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请重新设置：已完成的步骤会被识别为已完成</translation>
        </message>
        <message>
            <source>opening the CA…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在打开 CA…</translation>
        </message>
        <message>
            <source>Set up in the cloud</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>在云端设置</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>应用程序 URL</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>保存</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>服务自身的地址（留空）</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>任务</translation>
        </message>
        <message>
            <source>Service</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>服务</translation>
        </message>
        <message>
            <source>Credential</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>凭据</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>替代终结点</translation>
        </message>
        <message>
            <source>Enrollment group ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>注册组 ID</translation>
        </message>
        <message>
            <source>Set up</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>开始设置</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>关闭</translation>
        </message>
        <message>
            <source>its keys go into the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>其密钥存入令牌</translation>
        </message>
        <message>
            <source>its keys go into {store}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>其密钥存入 {store}</translation>
        </message>
        <message>
            <source>its CA is uploaded and verified with the CA key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>上传其 CA 并用 CA 密钥验证</translation>
        </message>
        <message>
            <source>{profile}, {mode}: {kind} enrollment group; {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{profile}，{mode}：{kind} 注册组；{where}</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>API 令牌</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>连接字符串</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>粘贴 {what}，将其作为机密保存</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>来自{where}：{masked}</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{what}已保存到 {store}。</translation>
        </message>
        <message>
            <source>no IoT Central application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>没有 IoT Central 应用程序 URL</translation>
        </message>
        <message>
            <source>type it above, https://NAME.azureiotcentral.com</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在上方输入 https://NAME.azureiotcentral.com</translation>
        </message>
        <message>
            <source>the station's secrets are locked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>工作站机密已锁定</translation>
        </message>
        <message>
            <source>unlock them in Settings, then set up again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在“设置”中解锁，然后重新设置</translation>
        </message>
        <message>
            <source>the keys are kept in a token, but no group key URI is named</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>密钥保存在令牌中，但未指明组密钥 URI</translation>
        </message>
        <message>
            <source>give the group key's pkcs11: URI in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在“设置”中填写组密钥的 pkcs11: URI</translation>
        </message>
        <message>
            <source>the set-up broke down: unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>设置中断：意外的 {error}：{text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; setting up again finds done what was done</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请报告给工作站工程师；重新设置时会识别已完成的步骤</translation>
        </message>
    </context>
    <context>
        <name>CloudStatusDialog</name>
        <message>
            <source>every page read so far is recorded; refresh again and it resumes there</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已读取的每一页都已记录；再次刷新即从中断处继续</translation>
        </message>
        <message>
            <source>the refresh was stopped before every page was read</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>刷新在读完所有页面之前被停止</translation>
        </message>
        <message>
            <source>the refresh was stopped while it waited for the service</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>刷新在等待服务时被停止</translation>
        </message>
        <message>
            <source>the manifest {path} cannot record the statuses: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>清单 {path} 无法记录状态：{reason}</translation>
        </message>
        <message>
            <source>check that the file is a station's manifest on a writable disk</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请确认该文件是工作站清单且位于可写磁盘上</translation>
        </message>
        <message>
            <source>the refresh broke down: unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>刷新中断：意外的 {error}：{text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; the pages read so far are recorded</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请报告给工作站工程师；已读取的页面均已记录</translation>
        </message>
        <message>
            <source>The service refused the credential.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>服务拒绝了该凭据。</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more not connected (filter the table by Cloud)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>… 另有 %n 台未连接（可按“云”筛选表格）</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cloud status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>刷新云状态</translation>
        </message>
        <message>
            <source>line record at {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{where} 的产线记录</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>应用程序 URL</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>保存</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>服务自身的地址（留空）</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>清单</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>清单</translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>产线记录</translation>
        </message>
        <message>
            <source>Read from</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>读取自</translation>
        </message>
        <message>
            <source>Credential</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>凭据</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>替代终结点</translation>
        </message>
        <message>
            <source>The statuses are recorded in each manifest, apart from its journaled record, with the time they were read; nothing else in the manifest changes.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>状态会连同读取时间记录到各清单中，与其日志记录分开；清单中的其他内容不会改变。</translation>
        </message>
        <message>
            <source>The statuses of every station's units are recorded in the line record, with the time they were read; the stations' manifests do not change.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>所有工作站设备的状态会连同读取时间记录到产线记录中；各工作站的清单不会改变。</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>关闭</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>API 令牌</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>连接字符串</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>粘贴 {what}，将其作为机密保存</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>来自{where}：{masked}</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{what}已保存到 {store}。</translation>
        </message>
        <message>
            <source>Reading from {service} using {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在从 {service} 读取（凭据来自{where}）…</translation>
        </message>
        <message>
            <source>{manifest} ({number} of {count}): </source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{manifest}（第 {number}/{count} 个）：</translation>
        </message>
        <message>
            <source>Stopping after the request in progress…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>当前请求完成后停止…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>停止</translation>
        </message>
        <message numerus="yes">
            <source>%n page request(s) — {message}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n 次页面请求 — {message}</numerusform>
            </translation>
        </message>
        <message>
            <source>The refresh of {manifest} did not run.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{manifest} 的刷新未执行。</translation>
        </message>
        <message numerus="yes">
            <source> (%n manifest(s) refreshed before it.)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>（此前已刷新 %n 个清单。）</numerusform>
            </translation>
        </message>
        <message>
            <source>{manifest}: {connected} of {count} connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{manifest}：{count} 台中 {connected} 台已连接</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>⚠  This file will hold the SAS units' device keys in clear. Anyone who has it can connect these devices as themselves. Keep it on an encrypted drive, hand it over directly, and delete it after the import.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>⚠  此文件将以明文保存 SAS 设备的设备密钥。任何拿到它的人都能冒充这些设备进行连接。请将其存放在加密驱动器上，直接交付，并在导入后删除。</translation>
        </message>
        <message>
            <source>IoT Central device import: device IDs and names</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>IoT Central 设备导入：设备 ID 和名称</translation>
        </message>
        <message>
            <source>IoT Central device list with SAS keys and X.509 thumbprints</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>含 SAS 密钥和 X.509 指纹的 IoT Central 设备列表</translation>
        </message>
        <message>
            <source>Every unit with its public facts, status, failure and times (no secrets)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>所有设备及其公开信息、状态、故障和时间（不含机密）</translation>
        </message>
        <message>
            <source>DPS individual enrollments (JSON), ready for upload</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>DPS 单独注册（JSON），可直接上传</translation>
        </message>
        <message>
            <source>it holds device keys in clear: readable by you only; delete it after the import</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>其中含明文设备密钥：仅您可读；导入后请删除</translation>
        </message>
        <message>
            <source>this manifest's device keys are sealed with its station key, which is not on this PC</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>此清单的设备密钥由其工作站密钥封存，而该密钥不在这台电脑上</translation>
        </message>
        <message>
            <source>unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>意外的 {error}：{text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请报告给工作站工程师</translation>
        </message>
        <message>
            <source> (already written: {files})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>（已写入：{files}）</translation>
        </message>
        <message>
            <source>Export units</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>导出设备</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Format</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>格式</translation>
        </message>
        <message>
            <source>Rows</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>行数</translation>
        </message>
        <message>
            <source>File</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>文件</translation>
        </message>
        <message numerus="yes">
            <source>%n manifests: one file each, named after its manifest (e.g. …-{example}), so that each file answers to one station's journal.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n 个清单：每个清单一个文件，以清单命名（例如 …-{example}），使每个文件对应一个工作站的日志。</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在写入…</translation>
        </message>
        <message>
            <source>Export</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>导出</translation>
        </message>
        <message>
            <source> (provisioned units only)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>（仅已预配的设备）</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) will be written</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>将写入 %Ln 台设备</numerusform>
            </translation>
        </message>
        <message>
            <source>The {format} export holds provisioned units only; clear the status filter to use it.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{format} 导出仅包含已预配的设备；请清除状态筛选后再使用。</translation>
        </message>
        <message>
            <source>{kind} (*{suffix});;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{kind} (*{suffix});;所有文件 (*)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>导出到</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>{folder} 中的 %n 个文件</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>导出失败：{reason}</translation>
        </message>
    </context>
    <context>
        <name>JobBar</name>
        <message>
            <source>Profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>配置文件</translation>
        </message>
        <message>
            <source>ID scope</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID scope</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>证明方式</translation>
        </message>
        <message>
            <source>Device-ID rule</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>设备 ID 规则</translation>
        </message>
        <message>
            <source>Units done today</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>今日完成</translation>
        </message>
        <message>
            <source>No job — set one up in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无任务 — 请在“设置”中设置</translation>
        </message>
        <message>
            <source>{profile}  (demo)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{profile}（演示）</translation>
        </message>
    </context>
    <context>
        <name>LabelPreview</name>
        <message>
            <source>Label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>标签</translation>
        </message>
        <message>
            <source>The label of the next provisioned unit shows here.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>下一台预配完成的设备标签将显示在这里。</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>打印标签…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>Label — {board}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>标签 — {board}</translation>
        </message>
        <message>
            <source>The label cannot be shown: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无法显示标签：{problem}</translation>
        </message>
        <message>
            <source>Save the label as PDF</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>将标签另存为 PDF</translation>
        </message>
    </context>
    <context>
        <name>LabelPrint</name>
        <message>
            <source>the printer did not accept the label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>打印机未接受该标签</translation>
        </message>
        <message>
            <source>check that the label printer is on and has labels, then print again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请检查标签打印机已开机且有标签纸，然后重新打印</translation>
        </message>
        <message>
            <source>Print the label of {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>打印 {device} 的标签</translation>
        </message>
    </context>
    <context>
        <name>LabelQueue</name>
        <message>
            <source>no label printer address is given</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>未填写标签打印机地址</translation>
        </message>
        <message>
            <source>type the printer's address in Settings, e.g. 10.0.4.21 or zebra-3:9100</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在“设置”中输入打印机地址，例如 10.0.4.21 或 zebra-3:9100</translation>
        </message>
    </context>
    <context>
        <name>LineController</name>
        <message>
            <source>the board on {port} was unplugged</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{port} 上的板卡已被拔下</translation>
        </message>
        <message>
            <source>this job takes device IDs from the unit's barcode</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>此任务从设备条码获取设备 ID</translation>
        </message>
        <message>
            <source>scan the barcode on the unit; the unit starts by itself</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请扫描设备上的条码；设备会自动开始</translation>
        </message>
        <message>
            <source>no board is ready</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>没有就绪的板卡</translation>
        </message>
        <message>
            <source>no board is connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>没有连接板卡</translation>
        </message>
        <message>
            <source>plug a board in, or wait for a port to finish its unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请插入板卡，或等待某个端口完成当前设备</translation>
        </message>
        <message>
            <source>port {port} cannot retry now</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>端口 {port} 现在无法重试</translation>
        </message>
        <message>
            <source>wait until the port has finished, or check that the board is still plugged</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请等待端口完成，或检查板卡是否仍已插好</translation>
        </message>
        <message>
            <source>the scanned barcode was not a device ID this job can use</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>扫描的条码不是此任务可用的设备 ID</translation>
        </message>
        <message>
            <source>scan the unit's barcode again; the unit starts by itself</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请重新扫描设备条码；设备会自动开始</translation>
        </message>
        <message>
            <source>port {port} is busy or gone</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>端口 {port} 忙碌或已断开</translation>
        </message>
        <message>
            <source>wait until the port has finished its unit, or choose another port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请等待端口完成当前设备，或选择其他端口</translation>
        </message>
        <message>
            <source>no job is running</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>没有正在运行的任务</translation>
        </message>
        <message>
            <source>choose the profile, ID scope and secrets in Settings and start the job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在“设置”中选择配置文件、ID scope 和机密，然后启动任务</translation>
        </message>
        <message>
            <source>board unplugged during {stage}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>板卡在 {stage} 阶段被拔下</translation>
        </message>
        <message>
            <source>plug the board in again and retry it, or set it aside</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请重新插入板卡并重试，或将其放到一边</translation>
        </message>
    </context>
    <context>
        <name>LineRecordView</name>
        <message>
            <source> h</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> 小时</translation>
        </message>
        <message>
            <source>How many hours back, this one included</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>往前多少小时（含当前小时）</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>工作站</translation>
        </message>
        <message>
            <source>Units</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>数量</translation>
        </message>
        <message>
            <source>Provisioned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已预配</translation>
        </message>
        <message>
            <source>Failed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>失败</translation>
        </message>
        <message>
            <source>Yield</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>良率</translation>
        </message>
        <message>
            <source>Units per hour</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>每小时数量</translation>
        </message>
        <message>
            <source>Last copy</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>最近复制时间</translation>
        </message>
        <message>
            <source>Behind on copying since</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>复制滞后起始时间</translation>
        </message>
        <message>
            <source>Hour</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>小时</translation>
        </message>
        <message>
            <source>Per station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>各工作站</translation>
        </message>
        <message>
            <source>Stage</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Failed units</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>失败数量</translation>
        </message>
        <message>
            <source>Last</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>最近</translation>
        </message>
        <message>
            <source>Per hour across the line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>整条产线每小时</translation>
        </message>
        <message>
            <source>Failures by stage and station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>按阶段和工作站统计的失败</translation>
        </message>
        <message>
            <source>Stations</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>工作站</translation>
        </message>
        <message>
            <source>No line record open: start the QA desk with a line database, station gui --qa postgresql://USER@HOST/DATABASE</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>未打开产线记录：请用产线数据库启动质检台（station gui --qa postgresql://USER@HOST/DATABASE）</translation>
        </message>
        <message>
            <source>Reading the line record at {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在读取 {where} 的产线记录…</translation>
        </message>
        <message numerus="yes">
            <source>{where}, last %n hour(s): {units} units, {passed} provisioned, {failed} failed — yield {share}; {behind} station(s) behind on copying</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>{where}，最近 %n 小时：{units} 台，{passed} 台已预配，{failed} 台失败 — 良率 {share}；{behind} 个工作站复制滞后</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LineView</name>
        <message>
            <source>Start a unit on each board as soon as it is plugged in, without pressing anything</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>每块板卡一插入即开始预配，无需按任何键</translation>
        </message>
        <message>
            <source>Off for this job: each unit starts when its barcode is scanned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>此任务下关闭：每台设备在扫描条码后开始</translation>
        </message>
        <message>
            <source>Scan the unit's barcode again; the unit starts by itself.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请重新扫描设备条码；设备会自动开始。</translation>
        </message>
        <message>
            <source>the board's MAC address</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>板卡的 MAC 地址</translation>
        </message>
        <message>
            <source>a barcode scanned for each unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>每台设备扫描的条码</translation>
        </message>
        <message>
            <source>the station's counter</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>工作站计数器</translation>
        </message>
        <message>
            <source>the board's TPM</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>板卡的 TPM</translation>
        </message>
        <message>
            <source>No boards yet. Plug a board in, or add a virtual board.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>还没有板卡。请插入板卡，或添加虚拟板卡。</translation>
        </message>
        <message>
            <source>Provision next unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>预配下一台</translation>
        </message>
        <message>
            <source>Auto: start each board as it is plugged in</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>自动：板卡插入即开始</translation>
        </message>
        <message>
            <source>+ Virtual board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>+ 虚拟板卡</translation>
        </message>
        <message>
            <source>Plug a virtual board of this job's profile into a new port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>在新端口上插入一块此任务配置文件的虚拟板卡</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>条码</translation>
        </message>
        <message>
            <source>no job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无任务</translation>
        </message>
        <message>
            <source>Scan the unit's barcode — the unit starts by itself</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>扫描设备条码 — 设备会自动开始</translation>
        </message>
        <message>
            <source>IDs come from {source}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID 来自{source}</translation>
        </message>
        <message>
            <source>Not used by this job: device IDs come from {source}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>此任务不使用：设备 ID 来自{source}</translation>
        </message>
        <message>
            <source>{device} provisioned, no label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{device} 已预配，无标签</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Provisioning Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>预配工作站</translation>
        </message>
        <message>
            <source>{title}  —  demo</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{title}  —  演示</translation>
        </message>
        <message>
            <source>{title}  —  QA desk</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{title}  —  质检台</translation>
        </message>
        <message>
            <source>Line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>产线</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>清单</translation>
        </message>
        <message>
            <source>Yield</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>良率</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>配置文件</translation>
        </message>
        <message>
            <source>Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>设置</translation>
        </message>
        <message>
            <source>Served line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>自动化产线</translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>产线记录</translation>
        </message>
        <message>
            <source>QA desk: the line record at {where}, read-only</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>质检台：{where} 的产线记录，只读</translation>
        </message>
        <message>
            <source>Manifest: {path}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>清单：{path}</translation>
        </message>
        <message numerus="yes">
            <source>QA desk: %n manifest(s) open, read-only</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>质检台：已打开 %n 个清单，只读</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No job: %n manifest(s) open, read-only</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>无任务：已打开 %n 个清单，只读</numerusform>
            </translation>
        </message>
        <message>
            <source>The job cannot start: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>任务无法启动：{reason}</translation>
        </message>
        <message>
            <source>The label printer cannot be used: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无法使用标签打印机：{reason}</translation>
        </message>
        <message>
            <source>Before you start: {warning}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>开始之前：{warning}</translation>
        </message>
        <message>
            <source>tell the security officer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请通知安全负责人</translation>
        </message>
    </context>
    <context>
        <name>ManifestView</name>
        <message>
            <source>Manifests (*.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>清单 (*.sqlite *.sqlite3 *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Any</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>全部</translation>
        </message>
        <message>
            <source>any date</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>任意日期</translation>
        </message>
        <message>
            <source>Tick the manifests to browse, export and upload together</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>勾选要一起浏览、导出和上传的清单</translation>
        </message>
        <message>
            <source>Open…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>打开…</translation>
        </message>
        <message>
            <source>Open manifest files read-only, e.g. copied from stations</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>以只读方式打开清单文件，例如从工作站复制来的</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>关闭</translation>
        </message>
        <message>
            <source>The service whose status the Cloud column and filter show</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>“云”列和筛选所显示状态的服务</translation>
        </message>
        <message>
            <source>Search device ID, MAC or serial</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>搜索设备 ID、MAC 或序列号</translation>
        </message>
        <message>
            <source>Export…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Upload enrollments…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>上传注册…</translation>
        </message>
        <message>
            <source>Send the provisioned units to DPS or IoT Central</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>将已预配的设备发送到 DPS 或 IoT Central</translation>
        </message>
        <message>
            <source>Refresh cloud status…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>刷新云状态…</translation>
        </message>
        <message>
            <source>Read what IoT Central or DPS knows of the provisioned units: connected, blocked, failed to register, never connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>读取 IoT Central 或 DPS 对已预配设备的了解：已连接、已阻止、注册失败、从未连接</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Read the manifests again (and a station key restored meanwhile)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>重新读取清单（以及期间恢复的工作站密钥）</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>处理…</translation>
        </message>
        <message>
            <source>Close a unit an interrupted station left pending, once its board is checked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>检查板卡后，了结因工作站中断而处于待定状态的设备</translation>
        </message>
        <message>
            <source>Re-provision…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>重新预配…</translation>
        </message>
        <message>
            <source>Give a returned unit (repair, RMA, erased flash) new credentials under its device ID, with the running job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>用正在运行的任务，为返回的设备（维修、RMA、闪存已擦除）在其设备 ID 下签发新凭据</translation>
        </message>
        <message>
            <source>From</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>从</translation>
        </message>
        <message>
            <source>To</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>到</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>状态</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>任务</translation>
        </message>
        <message>
            <source>Operator</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>工作站</translation>
        </message>
        <message>
            <source>Cloud status from</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>云状态来源</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>云</translation>
        </message>
        <message>
            <source>Select a unit to see its facts and event log.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>选择一台设备以查看其信息和事件日志。</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>清单</translation>
        </message>
        <message>
            <source>{path} cannot be opened: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无法打开 {path}：{reason}</translation>
        </message>
        <message>
            <source>Open manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>打开清单</translation>
        </message>
        <message>
            <source>  (job)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>（任务）</translation>
        </message>
        <message>
            <source>Reading the line record…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在读取产线记录…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) on the line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>产线记录中共 %Ln 台</numerusform>
            </translation>
        </message>
        <message>
            <source>No manifest chosen: open one, or tick one in the list</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>未选择清单：请打开一个，或在列表中勾选一个</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) in {manifests} manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>{manifests} 个清单中共 %Ln 台</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln 台</numerusform>
            </translation>
        </message>
        <message>
            <source>profile {profile}, {attestation}, ID scope {scope}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>配置文件 {profile}，{attestation}，ID scope {scope}</translation>
        </message>
        <message>
            <source>board {board} {chip}  MAC {mac}  serial {serial}  port {port}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>板卡 {board} {chip}  MAC {mac}  序列号 {serial}  端口 {port}</translation>
        </message>
        <message numerus="yes">
            <source>job {job}, operator {operator}, station {station}, %n attempt(s)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>任务 {job}，操作员 {operator}，工作站 {station}，尝试 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <source>recorded {recorded}, provisioned {provisioned}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>记录于 {recorded}，预配于 {provisioned}</translation>
        </message>
        <message>
            <source>manifest {path}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>清单 {path}</translation>
        </message>
        <message>
            <source>failed at {stage}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>失败于 {stage}：{reason}</translation>
        </message>
        <message>
            <source>certificate SHA-1 {thumbprint}, issuer {issuer}, valid until {until}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>证书 SHA-1 {thumbprint}，颁发者 {issuer}，有效期至 {until}</translation>
        </message>
        <message>
            <source>{service}: {status} — {detail} (read {time})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{service}：{status} — {detail}（读取于 {time}）</translation>
        </message>
        <message>
            <source>Event log:</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>事件日志：</translation>
        </message>
        <message>
            <source>Export the line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>导出产线记录</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — exported {rows} rows to {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln 台 — 已将 {rows} 行导出到 {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>journal head {head} (note it outside the station)</source>
            <translatorcomment>machine-made; second reader not sure: is 'journal head' (the hash of the manifest's last journal entry) clear to QA in this wording?</translatorcomment>
            <translation type="unfinished">日志头 {head}（请在工作站之外记下）</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — upload: {summary}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln 台 — 上传：{summary}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — {summary}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln 台 — {summary}</numerusform>
            </translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>产线记录</translation>
        </message>
        <message>
            <source>{where} (read-only)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{where}（只读）</translation>
        </message>
        <message>
            <source>Device ID starts with</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>设备 ID 开头为</translation>
        </message>
        <message>
            <source>Not on the line record; use a station's manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>产线记录中没有此项；请使用工作站的清单</translation>
        </message>
        <message>
            <source>Send every station's provisioned units to DPS or IoT Central, once for the line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>将所有工作站已预配的设备发送到 DPS 或 IoT Central，整条产线只发送一次</translation>
        </message>
        <message>
            <source>Read what IoT Central or DPS knows of every station's provisioned units into the line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>将 IoT Central 或 DPS 对所有工作站已预配设备的了解读取到产线记录中</translation>
        </message>
        <message>
            <source>Reading its changes from the line record…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在从产线记录读取其变更…</translation>
        </message>
        <message>
            <source>on the line from station {station}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>产线记录，来自工作站 {station}</translation>
        </message>
        <message>
            <source>Changes on the line record:</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>产线记录中的变更：</translation>
        </message>
        <message>
            <source>Exporting the line record to {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在将产线记录导出到 {where}…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) on the line record — exported {rows} rows to {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>产线记录中共 %Ln 台 — 已将 {rows} 行导出到 {where}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortTile</name>
        <message>
            <source>starting</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在启动</translation>
        </message>
        <message>
            <source>finding the board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在查找板卡</translation>
        </message>
        <message>
            <source>reading its identity</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在读取身份</translation>
        </message>
        <message>
            <source>making credentials</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在生成凭据</translation>
        </message>
        <message>
            <source>recording the unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在记录设备</translation>
        </message>
        <message>
            <source>writing</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在写入</translation>
        </message>
        <message>
            <source>verifying</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在校验</translation>
        </message>
        <message>
            <source>recording the result</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在记录结果</translation>
        </message>
        <message>
            <source>making the label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在生成标签</translation>
        </message>
        <message>
            <source>done</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>完成</translation>
        </message>
        <message>
            <source>station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>工作站</translation>
        </message>
        <message>
            <source>IDLE</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>空闲</translation>
        </message>
        <message>
            <source>BUSY</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>忙碌</translation>
        </message>
        <message>
            <source>PASSED</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>通过</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>失败</translation>
        </message>
        <message>
            <source>Retry this unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>重试此设备</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>打印标签…</translation>
        </message>
        <message>
            <source>Print the label of {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>打印 {device} 的标签</translation>
        </message>
        <message>
            <source> (attempt {attempt})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>（第 {attempt} 次尝试）</translation>
        </message>
        <message>
            <source>Stage: {stage}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>阶段：{stage}</translation>
        </message>
        <message>
            <source>Failed at {stage}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>失败于 {stage}</translation>
        </message>
        <message>
            <source>Provisioned{attempt} — ready for the next board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已预配{attempt} — 可放下一块板卡</translation>
        </message>
        <message>
            <source>Ready for a board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>等待板卡</translation>
        </message>
        <message>
            <source>%p%  ({done} / {total} bytes)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>%p%（{done} / {total} 字节）</translation>
        </message>
        <message>
            <source>stopped at %p%  ({done} / {total} bytes)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>停止于 %p%（{done} / {total} 字节）</translation>
        </message>
        <message>
            <source>Device ID: {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>设备 ID：{device}</translation>
        </message>
    </context>
    <context>
        <name>PortWork</name>
        <message>
            <source>unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>意外的 {error}：{text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请报告给工作站工程师</translation>
        </message>
    </context>
    <context>
        <name>PrinterBanner</name>
        <message>
            <source>Print waiting labels now</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>立即打印等待中的标签</translation>
        </message>
        <message>
            <source>⚠  Label printer: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>⚠  标签打印机：{problem}</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) waiting; nothing is lost: they print in order as soon as the printer is ready.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n 张标签等待中，不会丢失：打印机就绪后将按顺序打印。</numerusform>
            </translation>
        </message>
        <message>
            <source>No label is waiting.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>没有等待中的标签。</translation>
        </message>
    </context>
    <context>
        <name>PrinterCard</name>
        <message>
            <source>None: the print dialog, or PDF</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无：使用打印对话框或 PDF</translation>
        </message>
        <message>
            <source>ZPL printer on the network (TCP 9100)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>网络 ZPL 打印机（TCP 9100）</translation>
        </message>
        <message>
            <source>ZPL printer through a CUPS queue</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>通过 CUPS 队列的 ZPL 打印机</translation>
        </message>
        <message>
            <source>HOST or HOST:PORT, e.g. 10.0.4.21</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>主机或主机:端口，例如 10.0.4.21</translation>
        </message>
        <message>
            <source>the queue's name, e.g. zebra-line3</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>队列名称，例如 zebra-line3</translation>
        </message>
        <message>
            <source>The label's size in mm, width across the print head first, e.g. 62x29</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>标签尺寸（毫米），先写横跨打印头的宽度，例如 62x29</translation>
        </message>
        <message>
            <source>{dpi} dpi</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{dpi} dpi</translation>
        </message>
        <message>
            <source>Ask the printer for its status (~HS) before and after each label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>每张标签前后向打印机查询状态（~HS）</translation>
        </message>
        <message>
            <source>Print test label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>打印测试标签</translation>
        </message>
        <message>
            <source>With a label printer, each provisioned unit's label prints by itself; a label the printer cannot take waits and is never lost.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>使用标签打印机时，每台预配完成的设备标签会自动打印；打印机无法接收的标签会等待，绝不会丢失。</translation>
        </message>
        <message>
            <source>Label printer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>标签打印机</translation>
        </message>
        <message>
            <source>Printer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>打印机</translation>
        </message>
        <message>
            <source>Address</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>地址</translation>
        </message>
        <message>
            <source>CUPS queue</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>CUPS 队列</translation>
        </message>
        <message>
            <source>Label stock</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>标签规格</translation>
        </message>
        <message>
            <source>Choose a label printer first.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请先选择标签打印机。</translation>
        </message>
        <message>
            <source>Sending a test label to {printer}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在向 {printer} 发送测试标签…</translation>
        </message>
        <message>
            <source>The test label was not printed: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>测试标签未打印：{problem}</translation>
        </message>
        <message>
            <source>Test label printed on {printer} ({stock}).</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>测试标签已在 {printer} 上打印（{stock}）。</translation>
        </message>
    </context>
    <context>
        <name>ProfilesView</name>
        <message>
            <source>unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>意外的 {error}：{text}</translation>
        </message>
        <message>
            <source>Try on a virtual board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>在虚拟板卡上试运行</translation>
        </message>
        <message>
            <source>Check again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>重新检查</translation>
        </message>
        <message>
            <source>Trial</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>试运行</translation>
        </message>
        <message>
            <source>Run one unit of the selected profile on a fresh virtual board, with demo secrets and a separate manifest.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>使用演示机密和单独的清单，在一块新的虚拟板卡上运行所选配置文件的一台设备。</translation>
        </message>
        <message>
            <source>Validation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>校验</translation>
        </message>
        <message>
            <source>Trial log</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>试运行日志</translation>
        </message>
        <message>
            <source>(no id)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>（无 ID）</translation>
        </message>
        <message>
            <source>No problems: the profile is valid.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>没有问题：配置文件有效。</translation>
        </message>
        <message>
            <source>Trying…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在试运行…</translation>
        </message>
        <message>
            <source>One unit of {profile} on a virtual board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>在虚拟板卡上运行 {profile} 的一台设备</translation>
        </message>
        <message>
            <source>a virtual trial board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>一块虚拟试运行板卡</translation>
        </message>
    </context>
    <context>
        <name>ReprovisionDialog</name>
        <message>
            <source>No port is free: connect the returned unit's board first.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>没有空闲端口：请先连接返回设备的板卡。</translation>
        </message>
        <message>
            <source>Re-provision {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>重新预配 {device}</translation>
        </message>
        <message>
            <source>why, e.g. RMA 4711: flash erased in repair</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>原因，例如 RMA 4711：维修中闪存被擦除</translation>
        </message>
        <message>
            <source>Board on port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>板卡所在端口</translation>
        </message>
        <message>
            <source>Reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>原因</translation>
        </message>
        <message>
            <source>Provision again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>再次预配</translation>
        </message>
        <message>
            <source>{device} gets new credentials under its device ID. Its board must prove it is that unit; its current credentials are kept in the manifest as an earlier generation, and its enrollments are uploaded again.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{device} 将在其设备 ID 下获得新凭据。其板卡必须证明自己就是该设备；当前凭据作为上一代保留在清单中，其注册将重新上传。</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>failed — the board is erased and goes round again as a new unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>失败 — 板卡已擦除，作为新设备重新流转</translation>
        </message>
        <message>
            <source>scrapped — the board is set aside for good</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>报废 — 板卡永久移除</translation>
        </message>
        <message>
            <source>Resolve {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>处理 {device}</translation>
        </message>
        <message>
            <source>what was found on the board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>在板卡上发现了什么</translation>
        </message>
        <message>
            <source>who decides</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>决定人</translation>
        </message>
        <message>
            <source>Resolve as</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>处理为</translation>
        </message>
        <message>
            <source>Reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>原因</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>决定人</translation>
        </message>
        <message>
            <source>{device} was left pending by a station that stopped mid-unit; its board may hold data. Once you have checked the board, record what becomes of it.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{device} 因工作站中途停止而处于待定状态；其板卡上可能有数据。检查板卡后，请记录其处理结果。</translation>
        </message>
    </context>
    <context>
        <name>ResultBanner</name>
        <message>
            <source>Ready</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>就绪</translation>
        </message>
        <message>
            <source>Plug in a board and press Provision next unit (or Enter).</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>插入板卡，然后按“预配下一台”（或回车键）。</translation>
        </message>
        <message>
            <source>No job running</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>没有运行中的任务</translation>
        </message>
        <message>
            <source>Start one in Settings: choose the profile, ID scope and secrets, then press Save and start the job.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在“设置”中启动：选择配置文件、ID scope 和机密，然后按“保存并启动任务”。</translation>
        </message>
        <message>
            <source>Retry</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>重试</translation>
        </message>
        <message>
            <source> — attempt {attempt}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> — 第 {attempt} 次尝试</translation>
        </message>
        <message>
            <source> Stick the label on the unit on {board}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请将标签贴在 {board} 上的设备上。</translation>
        </message>
        <message>
            <source>Provisioned on {board}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已在 {board} 上预配。</translation>
        </message>
        <message>
            <source>Could not run the unit{unit}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无法运行该设备{unit}</translation>
        </message>
        <message>
            <source>On {board}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>在 {board} 上：{reason}</translation>
        </message>
        <message>
            <source>Failed at {stage}{unit}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>失败于 {stage}{unit}</translation>
        </message>
        <message>
            <source>While {doing} on {board}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>在 {board} 上{doing}时：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message numerus="yes">
            <source>(%n characters)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>（%n 个字符）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServedLineView</name>
        <message>
            <source>Watching</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>监看中</translation>
        </message>
        <message>
            <source>Units are started by the fixture or MES through station serve; this window only shows them.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>设备由治具或 MES 通过 station serve 启动；本窗口仅显示它们。</translation>
        </message>
        <message>
            <source>Served line at {url}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>自动化产线：{url}</translation>
        </message>
        <message>
            <source>Not connected: {reason} — retrying</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>未连接：{reason} — 正在重试</translation>
        </message>
        <message>
            <source>Job {job}: profile {profile}, ID scope {scope}, {attestation}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>任务 {job}：配置文件 {profile}，ID scope {scope}，{attestation}</translation>
        </message>
        <message>
            <source>Provisioned today: {count}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>今日已预配：{count}</translation>
        </message>
        <message>
            <source>Port {port} — {name}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>端口 {port} — {name}</translation>
        </message>
        <message>
            <source>⚠  Label of {device} not printed: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>⚠  {device} 的标签未打印：{problem}</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>the profile's default</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>配置文件的默认值</translation>
        </message>
        <message>
            <source>Demo mode: these are the demo's settings, shown read-only. Open the station without --demo to set up a real job.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>演示模式：这些是演示的设置，仅供查看。请不带 --demo 打开工作站来设置真实任务。</translation>
        </message>
        <message>
            <source>In the station's secrets (loaded from files)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>在工作站机密中（从文件加载）</translation>
        </message>
        <message>
            <source>In a PKCS#11 token (HSM, smart card)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>在 PKCS#11 令牌中（HSM、智能卡）</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>工作站</translation>
        </message>
        <message>
            <source>The system's ({language})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>跟随系统（{language}）</translation>
        </message>
        <message>
            <source>A new language shows when the window is next opened.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>新语言将在下次打开窗口时生效。</translation>
        </message>
        <message>
            <source>Station ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>工作站 ID</translation>
        </message>
        <message>
            <source>Operator</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Language</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>语言</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>任务</translation>
        </message>
        <message>
            <source>e.g. 0ne0012ABCD</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>例如 0ne0012ABCD</translation>
        </message>
        <message>
            <source>optional DTMI</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>可选的 DTMI</translation>
        </message>
        <message>
            <source>Device key in the label's QR code</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>在标签二维码中包含设备密钥</translation>
        </message>
        <message>
            <source>Put the device key in the label's QR code (SAS modes only; a certificate's key never leaves the board; never on a label printer's label)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>将设备密钥放入标签二维码（仅限 SAS 模式；证书的密钥从不离开板卡；标签打印机打印的标签上从不包含）</translation>
        </message>
        <message>
            <source>ID scope</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID scope</translation>
        </message>
        <message>
            <source>Profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>配置文件</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>证明方式</translation>
        </message>
        <message>
            <source>Model ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>模型 ID</translation>
        </message>
        <message>
            <source>Units per day</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>每日数量</translation>
        </message>
        <message>
            <source>Set up in the cloud…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>在云端设置…</translation>
        </message>
        <message>
            <source>Create or update the job's enrollment group in IoT Central or DPS: its group keys kept here, or its CA verified</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>在 IoT Central 或 DPS 中创建或更新任务的注册组：组密钥保存在此处，或验证其 CA</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>机密</translation>
        </message>
        <message>
            <source>Kept in {store}; never in the manifest.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>保存在 {store} 中；从不写入清单。</translation>
        </message>
        <message>
            <source>secrets passphrase</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>机密口令</translation>
        </message>
        <message>
            <source>type the new passphrase again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>再次输入新口令</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>再次输入</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>口令</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>保存</translation>
        </message>
        <message>
            <source>Load from file…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>从文件加载…</translation>
        </message>
        <message>
            <source>Forget</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>删除</translation>
        </message>
        <message>
            <source>Where the x509-group CA key and the sas-group group keys are: in the station's secrets, or inside a PKCS#11 token they never leave</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>x509-group 的 CA 密钥和 sas-group 的组密钥所在位置：工作站机密中，或 PKCS#11 令牌内（密钥永不离开令牌）</translation>
        </message>
        <message>
            <source>Keys</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>密钥</translation>
        </message>
        <message>
            <source>paste the group key, or load a file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>粘贴组密钥，或加载文件</translation>
        </message>
        <message>
            <source>Group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>组密钥</translation>
        </message>
        <message>
            <source>optional: the group's secondary key, pasted or from a file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>可选：组的辅助密钥，粘贴或从文件加载</translation>
        </message>
        <message>
            <source>Secondary group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>辅助组密钥</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>CA 证书</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Choose the CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>选择 CA 证书</translation>
        </message>
        <message>
            <source>the CA key's passphrase, if any</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>CA 密钥的口令（如有）</translation>
        </message>
        <message>
            <source>CA key passphrase</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>CA 密钥口令</translation>
        </message>
        <message>
            <source>CA private key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>CA 私钥</translation>
        </message>
        <message>
            <source>the token's user PIN</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>令牌的用户 PIN</translation>
        </message>
        <message>
            <source>Check the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>检查令牌</translation>
        </message>
        <message>
            <source>Group key in token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>令牌中的组密钥</translation>
        </message>
        <message>
            <source>Secondary key in token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>令牌中的辅助密钥</translation>
        </message>
        <message>
            <source>CA key in token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>令牌中的 CA 密钥</translation>
        </message>
        <message>
            <source>Token PIN</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>令牌 PIN</translation>
        </message>
        <message>
            <source>Served line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>自动化产线</translation>
        </message>
        <message>
            <source>Watch a line that station serve drives (a fixture or MES starts its units)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>监看由 station serve 驱动的产线（由治具或 MES 启动设备）</translation>
        </message>
        <message>
            <source>the API token station serve-token showed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>station serve-token 显示的 API 令牌</translation>
        </message>
        <message>
            <source>Watch now</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>立即监看</translation>
        </message>
        <message>
            <source>Address</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>地址</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>API 令牌</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>保存设置</translation>
        </message>
        <message>
            <source>Save and start the job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>保存并启动任务</translation>
        </message>
        <message>
            <source>A pkcs11: URI naming the token and the key: {form} (no PIN in it)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>指明令牌和密钥的 pkcs11: URI：{form}（其中不含 PIN）</translation>
        </message>
        <message>
            <source>Choose a profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请选择配置文件</translation>
        </message>
        <message>
            <source>Enter the ID scope</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请输入 ID scope</translation>
        </message>
        <message>
            <source>Create</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>创建</translation>
        </message>
        <message>
            <source>choose a passphrase for the secrets</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>为机密设置口令</translation>
        </message>
        <message>
            <source>not set</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>未设置</translation>
        </message>
        <message>
            <source>No secrets are kept yet: choose a passphrase and type it twice. It opens the secrets from then on; it cannot be recovered.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>尚未保存任何机密：请设置口令并输入两次。此后用它打开机密；口令无法找回。</translation>
        </message>
        <message>
            <source>Locked: type the passphrase to load or change secrets.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已锁定：输入口令以加载或更改机密。</translation>
        </message>
        <message>
            <source>(locked)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>（已锁定）</translation>
        </message>
        <message>
            <source>Unlocked.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已解锁。</translation>
        </message>
        <message>
            <source>not set (units get a primary key only)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>未设置（设备仅获得主密钥）</translation>
        </message>
        <message>
            <source>CA key kept, but it cannot be used: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已保存 CA 密钥，但无法使用：{reason}</translation>
        </message>
        <message>
            <source>the two passphrases differ</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>两次输入的口令不一致</translation>
        </message>
        <message>
            <source>type the new passphrase again, the same in both fields</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请重新输入新口令，两个字段须相同</translation>
        </message>
        <message>
            <source>Secrets passphrase chosen; keep it safe.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已设置机密口令；请妥善保管。</translation>
        </message>
        <message>
            <source>Group key kept.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已保存组密钥。</translation>
        </message>
        <message>
            <source>cannot read the group key file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无法读取组密钥文件 {path}：{reason}</translation>
        </message>
        <message>
            <source>choose the file the key was saved in</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请选择保存该密钥的文件</translation>
        </message>
        <message>
            <source>the secondary group key is the same as the primary one</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>辅助组密钥与主组密钥相同</translation>
        </message>
        <message>
            <source>give the enrollment group's secondary key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请提供注册组的辅助密钥</translation>
        </message>
        <message>
            <source>Secondary group key kept.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已保存辅助组密钥。</translation>
        </message>
        <message>
            <source>Secondary group key forgotten: units get a primary key only.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已删除辅助组密钥：设备仅获得主密钥。</translation>
        </message>
        <message>
            <source>Load the secondary group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>加载辅助组密钥</translation>
        </message>
        <message>
            <source>cannot read the key file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无法读取密钥文件 {path}：{reason}</translation>
        </message>
        <message>
            <source>Load the group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>加载组密钥</translation>
        </message>
        <message>
            <source>CA key passphrase kept.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已保存 CA 密钥口令。</translation>
        </message>
        <message>
            <source>cannot read the CA key file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无法读取 CA 密钥文件 {path}：{reason}</translation>
        </message>
        <message>
            <source>choose the file the CA's private key was saved in</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请选择保存 CA 私钥的文件</translation>
        </message>
        <message>
            <source>the CA key file {path} holds text that is not UTF-8 around the key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>CA 密钥文件 {path} 中密钥周围有非 UTF-8 文本</translation>
        </message>
        <message>
            <source>save the key as a plain PEM file and load it again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请将密钥另存为纯 PEM 文件后重新加载</translation>
        </message>
        <message>
            <source>{summary}. The station no longer needs {path}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{summary}。工作站不再需要 {path}。</translation>
        </message>
        <message>
            <source>CA key removed from the secret store.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已从机密存储中移除 CA 密钥。</translation>
        </message>
        <message>
            <source>Load the CA private key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>加载 CA 私钥</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.key);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PEM 文件 (*.pem *.key);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Unlock the secrets to move the CA key from {path} into the secret store.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请解锁机密，以便将 CA 密钥从 {path} 移入机密存储。</translation>
        </message>
        <message>
            <source>The CA key from {path} is now kept in {store}; the station no longer reads that file.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>来自 {path} 的 CA 密钥现已保存在 {store} 中；工作站不再读取该文件。</translation>
        </message>
        <message>
            <source>{path} is not there</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{path} 不存在</translation>
        </message>
        <message>
            <source>The CA key is now kept in the secret store, and the one in {path} could not be moved there ({reason}). Load the CA private key again.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>CA 密钥现在保存在机密存储中，但 {path} 中的密钥无法移入（{reason}）。请重新加载 CA 私钥。</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PEM 文件 (*.pem *.crt *.key);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Name the keys' token above; its PIN is kept here.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在上方指明密钥所在的令牌；其 PIN 保存在此处。</translation>
        </message>
        <message>
            <source>PIN kept for token '{token}'</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已为令牌“{token}”保存 PIN</translation>
        </message>
        <message>
            <source>no PIN kept for token '{token}'</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>尚未为令牌“{token}”保存 PIN</translation>
        </message>
        <message>
            <source>no token is named yet</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>尚未指明令牌</translation>
        </message>
        <message>
            <source>give the pkcs11: URI of the key first</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请先填写密钥的 pkcs11: URI</translation>
        </message>
        <message>
            <source>the PIN is empty</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PIN 为空</translation>
        </message>
        <message>
            <source>type the token's user PIN</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请输入令牌的用户 PIN</translation>
        </message>
        <message>
            <source>PIN kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PIN 已保存到 {store}。</translation>
        </message>
        <message>
            <source>Checking the token…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在检查令牌…</translation>
        </message>
        <message>
            <source>The token is ready: {what}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>令牌已就绪：{what}。</translation>
        </message>
        <message>
            <source>Cloud: {outcome}. The job can start.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>云：{outcome}。任务可以启动。</translation>
        </message>
        <message>
            <source>the API token is empty</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>API 令牌为空</translation>
        </message>
        <message>
            <source>paste the token station serve-token showed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请粘贴 station serve-token 显示的令牌</translation>
        </message>
        <message>
            <source>API token kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>API 令牌已保存到 {store}。</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已保存到 {path}。</translation>
        </message>
        <message>
            <source>The job cannot start yet: fill in or correct the marked fields.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>任务尚不能启动：请填写或更正标出的字段。</translation>
        </message>
        <message>
            <source>CA key loaded: {ca}, certificate SHA-256 fingerprint {fingerprint}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已加载 CA 密钥：{ca}，证书 SHA-256 指纹 {fingerprint}</translation>
        </message>
    </context>
    <context>
        <name>TokenKeys</name>
        <message>
            <source>the CA key of {ca} signs in the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{ca} 的 CA 密钥在令牌内签名</translation>
        </message>
        <message>
            <source>the group key derives device keys in the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>组密钥在令牌内派生设备密钥</translation>
        </message>
        <message>
            <source>so does the secondary group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>辅助组密钥同样如此</translation>
        </message>
        <message>
            <source>no key in a token is named</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>未指定令牌中的任何密钥</translation>
        </message>
        <message>
            <source>give the pkcs11: URI of the CA key or the group key in Settings, or keep the keys in the secret store</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在“设置”中填写 CA 密钥或组密钥的 pkcs11: URI，或将密钥保存在机密存储中</translation>
        </message>
        <message>
            <source>the token's PIN is kept in the station's secrets, which are locked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>令牌的 PIN 保存在工作站机密中，而机密已锁定</translation>
        </message>
        <message>
            <source>unlock the secrets in Settings, then start the job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在“设置”中解锁机密，然后启动任务</translation>
        </message>
        <message>
            <source>the CA key in the token needs its CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>令牌中的 CA 密钥需要其 CA 证书</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在“设置”中选择 CA 证书文件</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无法读取 CA 证书文件 {path}：{reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请在“设置”中重新选择 CA 证书文件</translation>
        </message>
        <message>
            <source>the CA certificate file {path} holds no PEM certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>CA 证书文件 {path} 中没有 PEM 证书</translation>
        </message>
        <message>
            <source>choose the CA's certificate file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请选择 CA 的证书文件</translation>
        </message>
    </context>
    <context>
        <name>UnitTableModel</name>
        <message>
            <source>Device ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>设备 ID</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>状态</translation>
        </message>
        <message>
            <source>Failed at / reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>失败阶段 / 原因</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>记录时间</translation>
        </message>
        <message>
            <source>Provisioned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>预配时间</translation>
        </message>
        <message>
            <source>Profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>配置文件</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>证明方式</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>任务</translation>
        </message>
        <message>
            <source>Operator</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>工作站</translation>
        </message>
        <message>
            <source>Port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>端口</translation>
        </message>
        <message>
            <source>Cloud status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>云状态</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>清单</translation>
        </message>
        <message>
            <source>pending</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>待定</translation>
        </message>
        <message>
            <source>provisioned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已预配</translation>
        </message>
        <message>
            <source>failed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>失败</translation>
        </message>
        <message>
            <source>connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已连接</translation>
        </message>
        <message>
            <source>never connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>从未连接</translation>
        </message>
        <message>
            <source>blocked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>已阻止</translation>
        </message>
        <message>
            <source>failed to register</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>注册失败</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>等待批准</translation>
        </message>
        <message>
            <source>another attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>其他证明方式</translation>
        </message>
        <message>
            <source>not read yet</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>尚未读取</translation>
        </message>
        <message>
            <source>{detail} (read {time})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{detail}（读取于 {time}）</translation>
        </message>
        <message>
            <source>Cloud status ({service})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>云状态（{service}）</translation>
        </message>
    </context>
    <context>
        <name>UploadDialog</name>
        <message>
            <source>DPS (individual enrollments)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>DPS（单独注册）</translation>
        </message>
        <message>
            <source>DPS connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>DPS 连接字符串</translation>
        </message>
        <message>
            <source>IoT Central API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>IoT Central API 令牌</translation>
        </message>
        <message>
            <source>the saved secret in {store}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{store} 中保存的机密</translation>
        </message>
        <message>
            <source>the environment variable {name}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>环境变量 {name}</translation>
        </message>
        <message>
            <source>No {what}: paste it below and press Keep, or set {variable}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>缺少 {what}：请粘贴到下方并按“保存”，或设置 {variable}。</translation>
        </message>
        <message>
            <source>No {what}: unlock the station's secrets in Settings, or paste it below and press Keep, or set {variable}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>缺少 {what}：请在“设置”中解锁工作站机密，或粘贴到下方并按“保存”，或设置 {variable}。</translation>
        </message>
        <message>
            <source>The {what} from {where} is unusable: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{what}（来自{where}）无法使用：{reason}</translation>
        </message>
        <message>
            <source>An IoT Central status refresh needs the application's URL: type it above, https://NAME.azureiotcentral.com.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>刷新 IoT Central 状态需要应用程序的 URL：请在上方输入 https://NAME.azureiotcentral.com。</translation>
        </message>
        <message>
            <source>An IoT Central upload needs the application's URL: type it above, https://NAME.azureiotcentral.com.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>上传到 IoT Central 需要应用程序的 URL：请在上方输入 https://NAME.azureiotcentral.com。</translation>
        </message>
        <message>
            <source>Device ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>设备 ID</translation>
        </message>
        <message>
            <source>State</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>状态</translation>
        </message>
        <message>
            <source>Batch</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>批次</translation>
        </message>
        <message>
            <source>Time</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>时间</translation>
        </message>
        <message>
            <source>Reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>原因</translation>
        </message>
        <message>
            <source>would be sent</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>将会发送</translation>
        </message>
        <message>
            <source>The service refused the credential; nothing more was sent.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>服务拒绝了该凭据；未再发送任何内容。</translation>
        </message>
        <message>
            <source>Upload stopped on request.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>上传已按要求停止。</translation>
        </message>
        <message>
            <source>The service could not be reached; the upload stopped.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无法连接服务；上传已停止。</translation>
        </message>
        <message>
            <source>The upload stopped.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>上传已停止。</translation>
        </message>
        <message>
            <source>What to do: {hint}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>处理方法：{hint}</translation>
        </message>
        <message>
            <source>Upload enrollments</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>上传注册</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>应用程序 URL</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>保存</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>服务自身的地址（留空）</translation>
        </message>
        <message>
            <source>Dry run: send nothing; write the requests to a file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>试运行：不发送任何内容；将请求写入文件</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>产线记录</translation>
        </message>
        <message>
            <source>{where}: every station's provisioned units, once for the line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{where}：所有工作站已预配的设备，整条产线只上传一次</translation>
        </message>
        <message>
            <source>A dry run is made from a station's manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>试运行需基于工作站的清单进行</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>清单</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>清单</translation>
        </message>
        <message>
            <source>Upload to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>上传到</translation>
        </message>
        <message>
            <source>Credential</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>凭据</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>替代终结点</translation>
        </message>
        <message>
            <source>Requests file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请求文件</translation>
        </message>
        <message>
            <source>Start</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>开始</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>关闭</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>API 令牌</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>连接字符串</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>粘贴 {what}，将其作为机密保存</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>来自{where}：{masked}</translation>
        </message>
        <message>
            <source>the IoT Central API token is empty</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>IoT Central API 令牌为空</translation>
        </message>
        <message>
            <source>paste the token shown when it was made in IoT Central</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请粘贴在 IoT Central 中创建令牌时显示的令牌</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{what}已保存到 {store}。</translation>
        </message>
        <message>
            <source>Write the dry run's requests to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>将试运行的请求写入</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Choose the file the dry run writes its requests to.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请选择试运行写入请求的文件。</translation>
        </message>
        <message>
            <source>Uploading to {service} using {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在上传到 {service}（凭据来自{where}）…</translation>
        </message>
        <message>
            <source>Planning the dry run…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>正在规划试运行…</translation>
        </message>
        <message>
            <source>Stopping after the request in progress…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>当前请求完成后停止…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>停止</translation>
        </message>
        <message>
            <source>manifest {number} of {count}: </source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>第 {number}/{count} 个清单：</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n unit(s) settled — {message}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n 台中已处理 {done} 台 — {message}</numerusform>
            </translation>
        </message>
        <message>
            <source> (the other manifests' beside it, numbered -2 to -{last})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>（其他清单的文件在其旁边，编号 -2 至 -{last}）</translation>
        </message>
        <message>
            <source>Nothing was sent; the requests are in {file}{more}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>未发送任何内容；请求在 {file}{more} 中。</translation>
        </message>
        <message>
            <source>Every unit is uploaded or needs no upload.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>所有设备均已上传或无需上传。</translation>
        </message>
        <message>
            <source>Some units were not uploaded: their reasons are listed below.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>部分设备未上传：原因列在下方。</translation>
        </message>
        <message>
            <source>The upload did not run.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>上传未执行。</translation>
        </message>
        <message>
            <source>units not reached stay pending; start the upload again and it resumes where it stopped</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>未处理到的设备保持待定；再次开始上传即从停止处继续</translation>
        </message>
        <message>
            <source>the upload broke down: unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>上传中断：意外的 {error}：{text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; the manifest keeps every state recorded so far</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请报告给工作站工程师；清单保留了迄今记录的所有状态</translation>
        </message>
        <message>
            <source>the upload was stopped before every unit was sent</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>上传在发送所有设备之前被停止</translation>
        </message>
        <message>
            <source>the upload was stopped while it waited for the service</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>上传在等待服务时被停止</translation>
        </message>
        <message>
            <source>cannot write the dry run's requests to {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无法将试运行的请求写入 {path}：{reason}</translation>
        </message>
        <message>
            <source>choose a file in a folder the station may write to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请选择工作站可写入的文件夹中的文件</translation>
        </message>
    </context>
    <context>
        <name>VirtualBoards</name>
        <message>
            <source>there is no job to make virtual boards for</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>没有可用于创建虚拟板卡的任务</translation>
        </message>
        <message>
            <source>start a job first (Settings, or `station gui --demo`)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>请先启动任务（“设置”，或 `station gui --demo`）</translation>
        </message>
        <message>
            <source>Virtual board {number}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>虚拟板卡 {number}</translation>
        </message>
    </context>
    <context>
        <name>WindowLineCopy</name>
        <message>
            <source>line: not copied — {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>产线：未复制 — {reason}</translation>
        </message>
        <message>
            <source>line: up to date</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>产线：已同步</translation>
        </message>
        <message>
            <source>line: copying…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>产线：正在复制…</translation>
        </message>
        <message>
            <source>line: out of reach since {since} — the station goes on and copies its changes when it is back</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>产线：自 {since} 起无法连接 — 工作站继续工作，恢复连接后复制其变更</translation>
        </message>
        <message numerus="yes">
            <source>line: %n change(s) behind since {since}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>产线：自 {since} 起落后 %n 项变更</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>YieldView</name>
        <message>
            <source>Units per hour — last 24 hours</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>每小时数量 — 最近 24 小时</translation>
        </message>
        <message numerus="yes">
            <source>Units per day — last %n days</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>每天数量 — 最近 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Top failure reasons by stage</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>按阶段统计的主要失败原因</translation>
        </message>
        <message>
            <source>No failures in this period.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>此期间没有失败。</translation>
        </message>
        <message numerus="yes">
            <source>Connected to {service} within days of provisioning — {read} of %Ln provisioned unit(s) read</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>预配后数天内连接到 {service} — 已读取 %Ln 台已预配设备中的 {read} 台</numerusform>
            </translation>
        </message>
        <message>
            <source>No cloud status read yet: Manifest tab, Refresh cloud status…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>尚未读取云状态：请在“清单”选项卡中点“刷新云状态…”</translation>
        </message>
        <message numerus="yes">
            <source>within %n day(s): {count} of {read} ({share} %)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n 天内：{read} 台中 {count} 台（{share} %）</numerusform>
            </translation>
        </message>
        <message>
            <source>connected at all: {count} of {read}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>曾经连接：{read} 台中 {count} 台</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>刷新</translation>
        </message>
        <message>
            <source>No manifest chosen: open or tick one in the Manifest tab.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>未选择清单：请在“清单”选项卡中打开或勾选一个。</translation>
        </message>
        <message>
            <source>The yield cannot be read: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>无法读取良率：{reason}</translation>
        </message>
        <message numerus="yes">
            <source> (%n manifests)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>（%n 个清单）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %n days{where}: {passed} passed, {failed} failed of {ended} attempts — yield {share} %</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>最近 %n 天{where}：共 {ended} 次尝试，{passed} 次通过，{failed} 次失败 — 良率 {share} %</numerusform>
            </translation>
        </message>
    </context>
</TS>
