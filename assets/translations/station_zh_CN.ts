<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>ActiveJob</name>
        <message>
            <source>{rule} matching {pattern}</source>
            <translation type="unfinished">{rule}，须匹配 {pattern}</translation>
        </message>
        <message>
            <source>no CA certificate is chosen</source>
            <translation type="unfinished">未选择 CA 证书</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings before loading its key</source>
            <translation type="unfinished">请先在“设置”中选择 CA 证书文件，再加载其密钥</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translation type="unfinished">无法读取 CA 证书文件 {path}：{reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translation type="unfinished">请在“设置”中重新选择 CA 证书文件</translation>
        </message>
    </context>
    <context>
        <name>CloudStatusDialog</name>
        <message>
            <source>every page read so far is recorded; refresh again and it resumes there</source>
            <translation type="unfinished">已读取的每一页都已记录；再次刷新即从中断处继续</translation>
        </message>
        <message>
            <source>the refresh was stopped before every page was read</source>
            <translation type="unfinished">刷新在读完所有页面之前被停止</translation>
        </message>
        <message>
            <source>the refresh was stopped while it waited for the service</source>
            <translation type="unfinished">刷新在等待服务时被停止</translation>
        </message>
        <message>
            <source>the manifest {path} cannot record the statuses: {reason}</source>
            <translation type="unfinished">清单 {path} 无法记录状态：{reason}</translation>
        </message>
        <message>
            <source>check that the file is a station's manifest on a writable disk</source>
            <translation type="unfinished">请确认该文件是工作站清单且位于可写磁盘上</translation>
        </message>
        <message>
            <source>the refresh broke down: unexpected {error}: {text}</source>
            <translation type="unfinished">刷新中断：意外的 {error}：{text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; the pages read so far are recorded</source>
            <translation type="unfinished">请报告给工作站工程师；已读取的页面均已记录</translation>
        </message>
        <message>
            <source>The service refused the credential.</source>
            <translation type="unfinished">服务拒绝了该凭据。</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more not connected (filter the table by Cloud)</source>
            <translation type="unfinished">
                <numerusform>… 另有 %n 台未连接（可按“云”筛选表格）</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cloud status</source>
            <translation type="unfinished">刷新云状态</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translation type="unfinished">应用程序 URL</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished">保存</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translation type="unfinished">服务自身的地址（留空）</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translation type="unfinished">清单</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation type="unfinished">清单</translation>
        </message>
        <message>
            <source>Read from</source>
            <translation type="unfinished">读取自</translation>
        </message>
        <message>
            <source>Credential</source>
            <translation type="unfinished">凭据</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translation type="unfinished">替代终结点</translation>
        </message>
        <message>
            <source>The statuses are recorded in each manifest, apart from its journaled record, with the time they were read; nothing else in the manifest changes.</source>
            <translation type="unfinished">状态会连同读取时间记录到各清单中，与其日志记录分开；清单中的其他内容不会改变。</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished">刷新</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">关闭</translation>
        </message>
        <message>
            <source>API token</source>
            <translation type="unfinished">API 令牌</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translation type="unfinished">连接字符串</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translation type="unfinished">粘贴{what}，将其作为机密保存</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translation type="unfinished">来自{where}：{masked}</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translation type="unfinished">{what}已保存到 {store}。</translation>
        </message>
        <message>
            <source>Reading from {service} using {where}…</source>
            <translation type="unfinished">正在使用{where}从 {service} 读取…</translation>
        </message>
        <message>
            <source>{manifest} ({number} of {count}): </source>
            <translation type="unfinished">{manifest}（第 {number}/{count} 个）：</translation>
        </message>
        <message>
            <source>Stopping after the request in progress…</source>
            <translation type="unfinished">当前请求完成后停止…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished">停止</translation>
        </message>
        <message numerus="yes">
            <source>%n page request(s) — {message}</source>
            <translation type="unfinished">
                <numerusform>%n 次页面请求 — {message}</numerusform>
            </translation>
        </message>
        <message>
            <source>The refresh of {manifest} did not run.</source>
            <translation type="unfinished">{manifest} 的刷新未执行。</translation>
        </message>
        <message numerus="yes">
            <source> (%n manifest(s) refreshed before it.)</source>
            <translation type="unfinished">
                <numerusform>（此前已刷新 %n 个清单。）</numerusform>
            </translation>
        </message>
        <message>
            <source>{manifest}: {connected} of {count} connected</source>
            <translation type="unfinished">{manifest}：{count} 台中 {connected} 台已连接</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>⚠  This file will hold the SAS units' device keys in clear. Anyone who has it can connect these devices as themselves. Keep it on an encrypted drive, hand it over directly, and delete it after the import.</source>
            <translation type="unfinished">⚠  此文件将以明文保存 SAS 设备的设备密钥。任何拿到它的人都能冒充这些设备进行连接。请将其存放在加密驱动器上，直接交付，并在导入后删除。</translation>
        </message>
        <message>
            <source>IoT Central device import: device IDs and names</source>
            <translation type="unfinished">IoT Central 设备导入：设备 ID 和名称</translation>
        </message>
        <message>
            <source>IoT Central device list with SAS keys and X.509 thumbprints</source>
            <translation type="unfinished">含 SAS 密钥和 X.509 指纹的 IoT Central 设备列表</translation>
        </message>
        <message>
            <source>Every unit with its public facts, status, failure and times (no secrets)</source>
            <translation type="unfinished">所有设备及其公开信息、状态、故障和时间（不含机密）</translation>
        </message>
        <message>
            <source>DPS individual enrollments (JSON), ready for upload</source>
            <translation type="unfinished">DPS 单独注册（JSON），可直接上传</translation>
        </message>
        <message>
            <source>it holds device keys in clear: readable by you only; delete it after the import</source>
            <translation type="unfinished">其中含明文设备密钥：仅您可读；导入后请删除</translation>
        </message>
        <message>
            <source>this manifest's device keys are sealed with its station key, which is not on this PC</source>
            <translation type="unfinished">此清单的设备密钥由其工作站密钥封存，而该密钥不在这台电脑上</translation>
        </message>
        <message>
            <source>unexpected {error}: {text}</source>
            <translation type="unfinished">意外的 {error}：{text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer</source>
            <translation type="unfinished">请报告给工作站工程师</translation>
        </message>
        <message>
            <source> (already written: {files})</source>
            <translation type="unfinished">（已写入：{files}）</translation>
        </message>
        <message>
            <source>Export units</source>
            <translation type="unfinished">导出设备</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished">选择…</translation>
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished">格式</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation type="unfinished">行数</translation>
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished">文件</translation>
        </message>
        <message numerus="yes">
            <source>%n manifests: one file each, named after its manifest (e.g. …-{example}), so that each file answers to one station's journal.</source>
            <translation type="unfinished">
                <numerusform>%n 个清单：每个清单一个文件，以清单命名（例如 …-{example}），使每个文件对应一个工作站的日志。</numerusform>
            </translation>
        </message>
        <message>
            <source>The cloud-status filter does not narrow exports: every unit the other filters select is written.</source>
            <translation type="unfinished">云状态筛选不会缩小导出范围：其他筛选条件选中的每台设备都会写入。</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation type="unfinished">正在写入…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished">导出</translation>
        </message>
        <message>
            <source> (provisioned units only)</source>
            <translation type="unfinished">（仅已预配的设备）</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) will be written</source>
            <translation type="unfinished">
                <numerusform>将写入 %Ln 台设备</numerusform>
            </translation>
        </message>
        <message>
            <source>The {format} export holds provisioned units only; clear the status filter to use it.</source>
            <translation type="unfinished">{format} 导出仅包含已预配的设备；请清除状态筛选后再使用。</translation>
        </message>
        <message>
            <source>{kind} (*{suffix});;All files (*)</source>
            <translation type="unfinished">{kind} (*{suffix});;所有文件 (*)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation type="unfinished">导出到</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder}</source>
            <translation type="unfinished">
                <numerusform>{folder} 中的 %n 个文件</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translation type="unfinished">导出失败：{reason}</translation>
        </message>
    </context>
    <context>
        <name>JobBar</name>
        <message>
            <source>Profile</source>
            <translation type="unfinished">配置文件</translation>
        </message>
        <message>
            <source>ID scope</source>
            <translation type="unfinished">ID scope</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translation type="unfinished">证明方式</translation>
        </message>
        <message>
            <source>Device-ID rule</source>
            <translation type="unfinished">设备 ID 规则</translation>
        </message>
        <message>
            <source>Units done today</source>
            <translation type="unfinished">今日完成</translation>
        </message>
        <message>
            <source>No job — set one up in Settings</source>
            <translation type="unfinished">无任务 — 请在“设置”中设置</translation>
        </message>
        <message>
            <source>{profile}  (demo)</source>
            <translation type="unfinished">{profile}（演示）</translation>
        </message>
    </context>
    <context>
        <name>LabelPreview</name>
        <message>
            <source>Label</source>
            <translation type="unfinished">标签</translation>
        </message>
        <message>
            <source>The label of the next provisioned unit shows here.</source>
            <translation type="unfinished">下一台预配完成的设备标签将显示在这里。</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translation type="unfinished">打印标签…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="unfinished">另存为 PDF…</translation>
        </message>
        <message>
            <source>Label — {board}</source>
            <translation type="unfinished">标签 — {board}</translation>
        </message>
        <message>
            <source>The label cannot be shown: {problem}</source>
            <translation type="unfinished">无法显示标签：{problem}</translation>
        </message>
        <message>
            <source>Save the label as PDF</source>
            <translation type="unfinished">将标签另存为 PDF</translation>
        </message>
    </context>
    <context>
        <name>LabelPrint</name>
        <message>
            <source>the printer did not accept the label</source>
            <translation type="unfinished">打印机未接受该标签</translation>
        </message>
        <message>
            <source>check that the label printer is on and has labels, then print again</source>
            <translation type="unfinished">请检查标签打印机已开机且有标签纸，然后重新打印</translation>
        </message>
        <message>
            <source>Print the label of {device}</source>
            <translation type="unfinished">打印 {device} 的标签</translation>
        </message>
    </context>
    <context>
        <name>LabelQueue</name>
        <message>
            <source>no label printer address is given</source>
            <translation type="unfinished">未填写标签打印机地址</translation>
        </message>
        <message>
            <source>type the printer's address in Settings, e.g. 10.0.4.21 or zebra-3:9100</source>
            <translation type="unfinished">请在“设置”中输入打印机地址，例如 10.0.4.21 或 zebra-3:9100</translation>
        </message>
    </context>
    <context>
        <name>LineController</name>
        <message>
            <source>the board on {port} was unplugged</source>
            <translation type="unfinished">{port} 上的板卡已被拔下</translation>
        </message>
        <message>
            <source>this job takes device IDs from the unit's barcode</source>
            <translation type="unfinished">此任务从设备条码获取设备 ID</translation>
        </message>
        <message>
            <source>scan the barcode on the unit; the unit starts by itself</source>
            <translation type="unfinished">请扫描设备上的条码；设备会自动开始</translation>
        </message>
        <message>
            <source>no board is ready</source>
            <translation type="unfinished">没有就绪的板卡</translation>
        </message>
        <message>
            <source>no board is connected</source>
            <translation type="unfinished">没有连接板卡</translation>
        </message>
        <message>
            <source>plug a board in, or wait for a port to finish its unit</source>
            <translation type="unfinished">请插入板卡，或等待某个端口完成当前设备</translation>
        </message>
        <message>
            <source>port {port} cannot retry now</source>
            <translation type="unfinished">端口 {port} 现在无法重试</translation>
        </message>
        <message>
            <source>wait until the port has finished, or check that the board is still plugged</source>
            <translation type="unfinished">请等待端口完成，或检查板卡是否仍已插好</translation>
        </message>
        <message>
            <source>the scanned barcode was not a device ID this job can use</source>
            <translation type="unfinished">扫描的条码不是此任务可用的设备 ID</translation>
        </message>
        <message>
            <source>scan the unit's barcode again; the unit starts by itself</source>
            <translation type="unfinished">请重新扫描设备条码；设备会自动开始</translation>
        </message>
        <message>
            <source>port {port} is busy or gone</source>
            <translation type="unfinished">端口 {port} 忙碌或已断开</translation>
        </message>
        <message>
            <source>wait until the port has finished its unit, or choose another port</source>
            <translation type="unfinished">请等待端口完成当前设备，或选择其他端口</translation>
        </message>
        <message>
            <source>no job is running</source>
            <translation type="unfinished">没有正在运行的任务</translation>
        </message>
        <message>
            <source>choose the profile, ID scope and secrets in Settings and start the job</source>
            <translation type="unfinished">请在“设置”中选择配置文件、ID scope 和机密，然后启动任务</translation>
        </message>
        <message>
            <source>board unplugged during {stage}</source>
            <translation type="unfinished">板卡在 {stage} 阶段被拔下</translation>
        </message>
        <message>
            <source>plug the board in again and retry it, or set it aside</source>
            <translation type="unfinished">请重新插入板卡并重试，或将其放到一边</translation>
        </message>
    </context>
    <context>
        <name>LineView</name>
        <message>
            <source>Start a unit on each board as soon as it is plugged in, without pressing anything</source>
            <translation type="unfinished">每块板卡一插入即开始预配，无需按任何键</translation>
        </message>
        <message>
            <source>Off for this job: each unit starts when its barcode is scanned</source>
            <translation type="unfinished">此任务不可用：每台设备在扫描条码后开始</translation>
        </message>
        <message>
            <source>Scan the unit's barcode again; the unit starts by itself.</source>
            <translation type="unfinished">请重新扫描设备条码；设备会自动开始。</translation>
        </message>
        <message>
            <source>the board's MAC address</source>
            <translation type="unfinished">板卡的 MAC 地址</translation>
        </message>
        <message>
            <source>a barcode scanned for each unit</source>
            <translation type="unfinished">每台设备扫描的条码</translation>
        </message>
        <message>
            <source>the station's counter</source>
            <translation type="unfinished">工作站计数器</translation>
        </message>
        <message>
            <source>the board's TPM</source>
            <translation type="unfinished">板卡的 TPM</translation>
        </message>
        <message>
            <source>No boards yet. Plug a board in, or add a virtual board.</source>
            <translation type="unfinished">还没有板卡。请插入板卡，或添加虚拟板卡。</translation>
        </message>
        <message>
            <source>Provision next unit</source>
            <translation type="unfinished">预配下一台</translation>
        </message>
        <message>
            <source>Auto: start each board as it is plugged in</source>
            <translation type="unfinished">自动：板卡插入即开始</translation>
        </message>
        <message>
            <source>+ Virtual board</source>
            <translation type="unfinished">+ 虚拟板卡</translation>
        </message>
        <message>
            <source>Plug a virtual board of this job's profile into a new port</source>
            <translation type="unfinished">在新端口上插入一块此任务配置文件的虚拟板卡</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation type="unfinished">条码</translation>
        </message>
        <message>
            <source>no job</source>
            <translation type="unfinished">无任务</translation>
        </message>
        <message>
            <source>Scan the unit's barcode — the unit starts by itself</source>
            <translation type="unfinished">扫描设备条码 — 设备会自动开始</translation>
        </message>
        <message>
            <source>IDs come from {source}</source>
            <translation type="unfinished">ID 来自{source}</translation>
        </message>
        <message>
            <source>Not used by this job: device IDs come from {source}</source>
            <translation type="unfinished">此任务不使用：设备 ID 来自{source}</translation>
        </message>
        <message>
            <source>{device} provisioned, no label</source>
            <translation type="unfinished">{device} 已预配，无标签</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Provisioning Station</source>
            <translation type="unfinished">预配工作站</translation>
        </message>
        <message>
            <source>{title}  —  demo</source>
            <translation type="unfinished">{title}  —  演示</translation>
        </message>
        <message>
            <source>{title}  —  QA desk</source>
            <translation type="unfinished">{title}  —  质检台</translation>
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished">产线</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation type="unfinished">清单</translation>
        </message>
        <message>
            <source>Yield</source>
            <translation type="unfinished">良率</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation type="unfinished">配置文件</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished">设置</translation>
        </message>
        <message>
            <source>Served line</source>
            <translation type="unfinished">自动化产线</translation>
        </message>
        <message>
            <source>Manifest: {path}</source>
            <translation type="unfinished">清单：{path}</translation>
        </message>
        <message numerus="yes">
            <source>QA desk: %n manifest(s) open, read-only</source>
            <translation type="unfinished">
                <numerusform>质检台：已打开 %n 个清单，只读</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No job: %n manifest(s) open, read-only</source>
            <translation type="unfinished">
                <numerusform>无任务：已打开 %n 个清单，只读</numerusform>
            </translation>
        </message>
        <message>
            <source>The job cannot start: {reason}</source>
            <translation type="unfinished">任务无法启动：{reason}</translation>
        </message>
        <message>
            <source>The label printer cannot be used: {reason}</source>
            <translation type="unfinished">无法使用标签打印机：{reason}</translation>
        </message>
        <message>
            <source>Before you start: {warning}</source>
            <translation type="unfinished">开始之前：{warning}</translation>
        </message>
        <message>
            <source>tell the security officer</source>
            <translation type="unfinished">请通知安全负责人</translation>
        </message>
    </context>
    <context>
        <name>ManifestView</name>
        <message>
            <source>Manifests (*.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translation type="unfinished">清单 (*.sqlite *.sqlite3 *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Any</source>
            <translation type="unfinished">全部</translation>
        </message>
        <message>
            <source>any date</source>
            <translation type="unfinished">任意日期</translation>
        </message>
        <message>
            <source>Tick the manifests to browse, export and upload together</source>
            <translation type="unfinished">勾选要一起浏览、导出和上传的清单</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation type="unfinished">打开…</translation>
        </message>
        <message>
            <source>Open manifest files read-only, e.g. copied from stations</source>
            <translation type="unfinished">以只读方式打开清单文件，例如从工作站复制来的</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">关闭</translation>
        </message>
        <message>
            <source>The service whose status the Cloud column and filter show</source>
            <translation type="unfinished">“云”列和筛选所显示状态的服务</translation>
        </message>
        <message>
            <source>Search device ID, MAC or serial</source>
            <translation type="unfinished">搜索设备 ID、MAC 或序列号</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished">导出…</translation>
        </message>
        <message>
            <source>Upload enrollments…</source>
            <translation type="unfinished">上传注册…</translation>
        </message>
        <message>
            <source>Send the provisioned units to DPS or IoT Central</source>
            <translation type="unfinished">将已预配的设备发送到 DPS 或 IoT Central</translation>
        </message>
        <message>
            <source>Refresh cloud status…</source>
            <translation type="unfinished">刷新云状态…</translation>
        </message>
        <message>
            <source>Read what IoT Central or DPS knows of the provisioned units: connected, blocked, failed to register, never connected</source>
            <translation type="unfinished">读取 IoT Central 或 DPS 对已预配设备的了解：已连接、已阻止、注册失败、从未连接</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished">刷新</translation>
        </message>
        <message>
            <source>Read the manifests again (and a station key restored meanwhile)</source>
            <translation type="unfinished">重新读取清单（以及期间恢复的工作站密钥）</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation type="unfinished">处理…</translation>
        </message>
        <message>
            <source>Close a unit an interrupted station left pending, once its board is checked</source>
            <translation type="unfinished">检查板卡后，结束中断的工作站遗留为待定的设备</translation>
        </message>
        <message>
            <source>Re-provision…</source>
            <translation type="unfinished">重新预配…</translation>
        </message>
        <message>
            <source>Give a returned unit (repair, RMA, erased flash) new credentials under its device ID, with the running job</source>
            <translation type="unfinished">用正在运行的任务，为返回的设备（维修、RMA、闪存已擦除）在其设备 ID 下签发新凭据</translation>
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished">从</translation>
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished">到</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">状态</translation>
        </message>
        <message>
            <source>Job</source>
            <translation type="unfinished">任务</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished">操作员</translation>
        </message>
        <message>
            <source>Station</source>
            <translation type="unfinished">工作站</translation>
        </message>
        <message>
            <source>Cloud status from</source>
            <translation type="unfinished">云状态来源</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translation type="unfinished">云</translation>
        </message>
        <message>
            <source>Select a unit to see its facts and event log.</source>
            <translation type="unfinished">选择一台设备以查看其信息和事件日志。</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translation type="unfinished">清单</translation>
        </message>
        <message>
            <source>{path} cannot be opened: {reason}</source>
            <translation type="unfinished">无法打开 {path}：{reason}</translation>
        </message>
        <message>
            <source>Open manifests</source>
            <translation type="unfinished">打开清单</translation>
        </message>
        <message>
            <source>  (job)</source>
            <translation type="unfinished">（任务）</translation>
        </message>
        <message>
            <source>No manifest chosen: open one, or tick one in the list</source>
            <translation type="unfinished">未选择清单：请打开一个，或在列表中勾选一个</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) in {manifests} manifests</source>
            <translation type="unfinished">
                <numerusform>{manifests} 个清单中共 %Ln 台</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translation type="unfinished">
                <numerusform>%Ln 台</numerusform>
            </translation>
        </message>
        <message>
            <source>profile {profile}, {attestation}, ID scope {scope}</source>
            <translation type="unfinished">配置文件 {profile}，{attestation}，ID scope {scope}</translation>
        </message>
        <message>
            <source>board {board} {chip}  MAC {mac}  serial {serial}  port {port}</source>
            <translation type="unfinished">板卡 {board} {chip}  MAC {mac}  序列号 {serial}  端口 {port}</translation>
        </message>
        <message numerus="yes">
            <source>job {job}, operator {operator}, station {station}, %n attempt(s)</source>
            <translation type="unfinished">
                <numerusform>任务 {job}，操作员 {operator}，工作站 {station}，尝试 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <source>recorded {recorded}, provisioned {provisioned}</source>
            <translation type="unfinished">记录于 {recorded}，预配于 {provisioned}</translation>
        </message>
        <message>
            <source>manifest {path}</source>
            <translation type="unfinished">清单 {path}</translation>
        </message>
        <message>
            <source>failed at {stage}: {reason}</source>
            <translation type="unfinished">失败于 {stage}：{reason}</translation>
        </message>
        <message>
            <source>certificate SHA-1 {thumbprint}, issuer {issuer}, valid until {until}</source>
            <translation type="unfinished">证书 SHA-1 {thumbprint}，颁发者 {issuer}，有效期至 {until}</translation>
        </message>
        <message>
            <source>{service}: {status} — {detail} (read {time})</source>
            <translation type="unfinished">{service}：{status} — {detail}（读取于 {time}）</translation>
        </message>
        <message>
            <source>Event log:</source>
            <translation type="unfinished">事件日志：</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — exported {rows} rows to {where}</source>
            <translation type="unfinished">
                <numerusform>%Ln 台 — 已将 {rows} 行导出到 {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>journal head {head} (note it outside the station)</source>
            <translation type="unfinished">日志头 {head}（请在工作站之外记下）</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — upload: {summary}</source>
            <translation type="unfinished">
                <numerusform>%Ln 台 — 上传：{summary}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — {summary}</source>
            <translation type="unfinished">
                <numerusform>%Ln 台 — {summary}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortTile</name>
        <message>
            <source>starting</source>
            <translation type="unfinished">正在启动</translation>
        </message>
        <message>
            <source>finding the board</source>
            <translation type="unfinished">正在查找板卡</translation>
        </message>
        <message>
            <source>reading its identity</source>
            <translation type="unfinished">正在读取身份</translation>
        </message>
        <message>
            <source>making credentials</source>
            <translation type="unfinished">正在生成凭据</translation>
        </message>
        <message>
            <source>recording the unit</source>
            <translation type="unfinished">正在记录设备</translation>
        </message>
        <message>
            <source>writing</source>
            <translation type="unfinished">正在写入</translation>
        </message>
        <message>
            <source>verifying</source>
            <translation type="unfinished">正在校验</translation>
        </message>
        <message>
            <source>recording the result</source>
            <translation type="unfinished">正在记录结果</translation>
        </message>
        <message>
            <source>making the label</source>
            <translation type="unfinished">正在生成标签</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished">完成</translation>
        </message>
        <message>
            <source>station</source>
            <translation type="unfinished">工作站</translation>
        </message>
        <message>
            <source>IDLE</source>
            <translation type="unfinished">空闲</translation>
        </message>
        <message>
            <source>BUSY</source>
            <translation type="unfinished">忙碌</translation>
        </message>
        <message>
            <source>PASSED</source>
            <translation type="unfinished">通过</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation type="unfinished">失败</translation>
        </message>
        <message>
            <source>Retry this unit</source>
            <translation type="unfinished">重试此设备</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translation type="unfinished">打印标签…</translation>
        </message>
        <message>
            <source>Print the label of {device}</source>
            <translation type="unfinished">打印 {device} 的标签</translation>
        </message>
        <message>
            <source> (attempt {attempt})</source>
            <translation type="unfinished">（第 {attempt} 次尝试）</translation>
        </message>
        <message>
            <source>Stage: {stage}</source>
            <translation type="unfinished">阶段：{stage}</translation>
        </message>
        <message>
            <source>Failed at {stage}</source>
            <translation type="unfinished">失败于 {stage}</translation>
        </message>
        <message>
            <source>Provisioned{attempt} — ready for the next board</source>
            <translation type="unfinished">已预配{attempt} — 可放下一块板卡</translation>
        </message>
        <message>
            <source>Ready for a board</source>
            <translation type="unfinished">等待板卡</translation>
        </message>
        <message>
            <source>%p%  ({done} / {total} bytes)</source>
            <translation type="unfinished">%p%（{done} / {total} 字节）</translation>
        </message>
        <message>
            <source>stopped at %p%  ({done} / {total} bytes)</source>
            <translation type="unfinished">停止于 %p%（{done} / {total} 字节）</translation>
        </message>
        <message>
            <source>Device ID: {device}</source>
            <translation type="unfinished">设备 ID：{device}</translation>
        </message>
    </context>
    <context>
        <name>PortWork</name>
        <message>
            <source>unexpected {error}: {text}</source>
            <translation type="unfinished">意外的 {error}：{text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer</source>
            <translation type="unfinished">请报告给工作站工程师</translation>
        </message>
    </context>
    <context>
        <name>PrinterBanner</name>
        <message>
            <source>Print waiting labels now</source>
            <translation type="unfinished">立即打印等待中的标签</translation>
        </message>
        <message>
            <source>⚠  Label printer: {problem}</source>
            <translation type="unfinished">⚠  标签打印机：{problem}</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) waiting; nothing is lost: they print in order as soon as the printer is ready.</source>
            <translation type="unfinished">
                <numerusform>%n 张标签等待中，不会丢失：打印机就绪后将按顺序打印。</numerusform>
            </translation>
        </message>
        <message>
            <source>No label is waiting.</source>
            <translation type="unfinished">没有等待中的标签。</translation>
        </message>
    </context>
    <context>
        <name>PrinterCard</name>
        <message>
            <source>None: the print dialog, or PDF</source>
            <translation type="unfinished">无：使用打印对话框或 PDF</translation>
        </message>
        <message>
            <source>ZPL printer on the network (TCP 9100)</source>
            <translation type="unfinished">网络 ZPL 打印机（TCP 9100）</translation>
        </message>
        <message>
            <source>ZPL printer through a CUPS queue</source>
            <translation type="unfinished">通过 CUPS 队列的 ZPL 打印机</translation>
        </message>
        <message>
            <source>HOST or HOST:PORT, e.g. 10.0.4.21</source>
            <translation type="unfinished">主机 或 主机:端口，例如 10.0.4.21</translation>
        </message>
        <message>
            <source>the queue's name, e.g. zebra-line3</source>
            <translation type="unfinished">队列名称，例如 zebra-line3</translation>
        </message>
        <message>
            <source>The label's size in mm, width across the print head first, e.g. 62x29</source>
            <translation type="unfinished">标签尺寸（毫米），先写横跨打印头的宽度，例如 62x29</translation>
        </message>
        <message>
            <source>{dpi} dpi</source>
            <translation type="unfinished">{dpi} dpi</translation>
        </message>
        <message>
            <source>Ask the printer for its status (~HS) before and after each label</source>
            <translation type="unfinished">每张标签前后向打印机查询状态（~HS）</translation>
        </message>
        <message>
            <source>Print test label</source>
            <translation type="unfinished">打印测试标签</translation>
        </message>
        <message>
            <source>With a label printer, each provisioned unit's label prints by itself; a label the printer cannot take waits and is never lost.</source>
            <translation type="unfinished">使用标签打印机时，每台预配完成的设备标签会自动打印；打印机无法接收的标签会等待，绝不会丢失。</translation>
        </message>
        <message>
            <source>Label printer</source>
            <translation type="unfinished">标签打印机</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation type="unfinished">打印机</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">地址</translation>
        </message>
        <message>
            <source>CUPS queue</source>
            <translation type="unfinished">CUPS 队列</translation>
        </message>
        <message>
            <source>Label stock</source>
            <translation type="unfinished">标签规格</translation>
        </message>
        <message>
            <source>Choose a label printer first.</source>
            <translation type="unfinished">请先选择标签打印机。</translation>
        </message>
        <message>
            <source>Sending a test label to {printer}…</source>
            <translation type="unfinished">正在向 {printer} 发送测试标签…</translation>
        </message>
        <message>
            <source>The test label was not printed: {problem}</source>
            <translation type="unfinished">测试标签未打印：{problem}</translation>
        </message>
        <message>
            <source>Test label printed on {printer} ({stock}).</source>
            <translation type="unfinished">测试标签已在 {printer} 上打印（{stock}）。</translation>
        </message>
    </context>
    <context>
        <name>ProfilesView</name>
        <message>
            <source>unexpected {error}: {text}</source>
            <translation type="unfinished">意外的 {error}：{text}</translation>
        </message>
        <message>
            <source>Try on a virtual board</source>
            <translation type="unfinished">在虚拟板卡上试运行</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation type="unfinished">重新检查</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation type="unfinished">试运行</translation>
        </message>
        <message>
            <source>Run one unit of the selected profile on a fresh virtual board, with demo secrets and a separate manifest.</source>
            <translation type="unfinished">使用演示机密和单独的清单，在一块新的虚拟板卡上运行所选配置文件的一台设备。</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation type="unfinished">校验</translation>
        </message>
        <message>
            <source>Trial log</source>
            <translation type="unfinished">试运行日志</translation>
        </message>
        <message>
            <source>(no id)</source>
            <translation type="unfinished">（无 ID）</translation>
        </message>
        <message>
            <source>No problems: the profile is valid.</source>
            <translation type="unfinished">没有问题：配置文件有效。</translation>
        </message>
        <message>
            <source>Trying…</source>
            <translation type="unfinished">正在试运行…</translation>
        </message>
        <message>
            <source>One unit of {profile} on a virtual board</source>
            <translation type="unfinished">在虚拟板卡上运行 {profile} 的一台设备</translation>
        </message>
        <message>
            <source>a virtual trial board</source>
            <translation type="unfinished">一块虚拟试运行板卡</translation>
        </message>
    </context>
    <context>
        <name>ReprovisionDialog</name>
        <message>
            <source>No port is free: connect the returned unit's board first.</source>
            <translation type="unfinished">没有空闲端口：请先连接返回设备的板卡。</translation>
        </message>
        <message>
            <source>Re-provision {device}</source>
            <translation type="unfinished">重新预配 {device}</translation>
        </message>
        <message>
            <source>why, e.g. RMA 4711: flash erased in repair</source>
            <translation type="unfinished">原因，例如 RMA 4711：维修中闪存被擦除</translation>
        </message>
        <message>
            <source>Board on port</source>
            <translation type="unfinished">板卡所在端口</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">原因</translation>
        </message>
        <message>
            <source>Provision again</source>
            <translation type="unfinished">再次预配</translation>
        </message>
        <message>
            <source>{device} gets new credentials under its device ID. Its board must prove it is that unit; its current credentials are kept in the manifest as an earlier generation, and its enrollments are uploaded again.</source>
            <translation type="unfinished">{device} 将在其设备 ID 下获得新凭据。其板卡必须证明自己就是该设备；当前凭据作为上一代保留在清单中，其注册将重新上传。</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>failed — the board is erased and goes round again as a new unit</source>
            <translation type="unfinished">失败 — 板卡已擦除，作为新设备重新流转</translation>
        </message>
        <message>
            <source>scrapped — the board is set aside for good</source>
            <translation type="unfinished">报废 — 板卡永久移除</translation>
        </message>
        <message>
            <source>Resolve {device}</source>
            <translation type="unfinished">处理 {device}</translation>
        </message>
        <message>
            <source>what was found on the board</source>
            <translation type="unfinished">在板卡上发现了什么</translation>
        </message>
        <message>
            <source>who decides</source>
            <translation type="unfinished">决定人</translation>
        </message>
        <message>
            <source>Resolve as</source>
            <translation type="unfinished">处理为</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">原因</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation type="unfinished">决定人</translation>
        </message>
        <message>
            <source>{device} was left pending by a station that stopped mid-unit; its board may hold data. Once you have checked the board, record what becomes of it.</source>
            <translation type="unfinished">{device} 因工作站中途停止而处于待定状态；其板卡上可能有数据。检查板卡后，请记录其处理结果。</translation>
        </message>
    </context>
    <context>
        <name>ResultBanner</name>
        <message>
            <source>Ready</source>
            <translation type="unfinished">就绪</translation>
        </message>
        <message>
            <source>Plug in a board and press Provision next unit (or Enter).</source>
            <translation type="unfinished">插入板卡，然后按“预配下一台”（或回车键）。</translation>
        </message>
        <message>
            <source>No job running</source>
            <translation type="unfinished">没有运行中的任务</translation>
        </message>
        <message>
            <source>Start one in Settings: choose the profile, ID scope and secrets, then press Save and start the job.</source>
            <translation type="unfinished">请在“设置”中启动：选择配置文件、ID scope 和机密，然后按“保存并启动任务”。</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished">重试</translation>
        </message>
        <message>
            <source> — attempt {attempt}</source>
            <translation type="unfinished"> — 第 {attempt} 次尝试</translation>
        </message>
        <message>
            <source> Stick the label on the unit on {board}.</source>
            <translation type="unfinished">请将标签贴在 {board} 上的设备上。</translation>
        </message>
        <message>
            <source>Provisioned on {board}.</source>
            <translation type="unfinished">已在 {board} 上预配。</translation>
        </message>
        <message>
            <source>Could not run the unit{unit}</source>
            <translation type="unfinished">无法运行该设备{unit}</translation>
        </message>
        <message>
            <source>On {board}: {reason}</source>
            <translation type="unfinished">在 {board} 上：{reason}</translation>
        </message>
        <message>
            <source>Failed at {stage}{unit}</source>
            <translation type="unfinished">失败于 {stage}{unit}</translation>
        </message>
        <message>
            <source>While {doing} on {board}: {reason}</source>
            <translation type="unfinished">在 {board} 上{doing}时：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message numerus="yes">
            <source>(%n characters)</source>
            <translation type="unfinished">
                <numerusform>（%n 个字符）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServedLineView</name>
        <message>
            <source>Watching</source>
            <translation type="unfinished">监看中</translation>
        </message>
        <message>
            <source>Units are started by the fixture or MES through station serve; this window only shows them.</source>
            <translation type="unfinished">设备由治具或 MES 通过 station serve 启动；本窗口仅显示它们。</translation>
        </message>
        <message>
            <source>Served line at {url}</source>
            <translation type="unfinished">自动化产线：{url}</translation>
        </message>
        <message>
            <source>Not connected: {reason} — retrying</source>
            <translation type="unfinished">未连接：{reason} — 正在重试</translation>
        </message>
        <message>
            <source>Job {job}: profile {profile}, ID scope {scope}, {attestation}</source>
            <translation type="unfinished">任务 {job}：配置文件 {profile}，ID scope {scope}，{attestation}</translation>
        </message>
        <message>
            <source>Provisioned today: {count}</source>
            <translation type="unfinished">今日已预配：{count}</translation>
        </message>
        <message>
            <source>Port {port} — {name}</source>
            <translation type="unfinished">端口 {port} — {name}</translation>
        </message>
        <message>
            <source>⚠  Label of {device} not printed: {problem}</source>
            <translation type="unfinished">⚠  {device} 的标签未打印：{problem}</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>the profile's default</source>
            <translation type="unfinished">配置文件的默认值</translation>
        </message>
        <message>
            <source>Demo mode: these are the demo's settings, shown read-only. Open the station without --demo to set up a real job.</source>
            <translation type="unfinished">演示模式：这些是演示的设置，仅供查看。请不带 --demo 打开工作站来设置真实任务。</translation>
        </message>
        <message>
            <source>In the station's secrets (loaded from files)</source>
            <translation type="unfinished">在工作站机密中（从文件加载）</translation>
        </message>
        <message>
            <source>In a PKCS#11 token (HSM, smart card)</source>
            <translation type="unfinished">在 PKCS#11 令牌中（HSM、智能卡）</translation>
        </message>
        <message>
            <source>Station</source>
            <translation type="unfinished">工作站</translation>
        </message>
        <message>
            <source>The system's ({language})</source>
            <translation type="unfinished">跟随系统（{language}）</translation>
        </message>
        <message>
            <source>A new language shows when the window is next opened.</source>
            <translation type="unfinished">新语言将在下次打开窗口时生效。</translation>
        </message>
        <message>
            <source>Station ID</source>
            <translation type="unfinished">工作站 ID</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished">操作员</translation>
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished">语言</translation>
        </message>
        <message>
            <source>Job</source>
            <translation type="unfinished">任务</translation>
        </message>
        <message>
            <source>e.g. 0ne0012ABCD</source>
            <translation type="unfinished">例如 0ne0012ABCD</translation>
        </message>
        <message>
            <source>optional DTMI</source>
            <translation type="unfinished">可选的 DTMI</translation>
        </message>
        <message>
            <source>Device key in the label's QR code</source>
            <translation type="unfinished">在标签二维码中包含设备密钥</translation>
        </message>
        <message>
            <source>Put the device key in the label's QR code (SAS modes only; a certificate's key never leaves the board; never on a label printer's label)</source>
            <translation type="unfinished">将设备密钥放入标签二维码（仅限 SAS 模式；证书的密钥从不离开板卡；标签打印机打印的标签上从不包含）</translation>
        </message>
        <message>
            <source>ID scope</source>
            <translation type="unfinished">ID scope</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished">配置文件</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translation type="unfinished">证明方式</translation>
        </message>
        <message>
            <source>Model ID</source>
            <translation type="unfinished">模型 ID</translation>
        </message>
        <message>
            <source>Units per day</source>
            <translation type="unfinished">每日数量</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation type="unfinished">机密</translation>
        </message>
        <message>
            <source>Kept in {store}; never in the manifest.</source>
            <translation type="unfinished">保存在 {store} 中；从不写入清单。</translation>
        </message>
        <message>
            <source>secrets passphrase</source>
            <translation type="unfinished">机密口令</translation>
        </message>
        <message>
            <source>type the new passphrase again</source>
            <translation type="unfinished">再次输入新口令</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished">解锁</translation>
        </message>
        <message>
            <source>Again</source>
            <translation type="unfinished">再次输入</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished">口令</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished">保存</translation>
        </message>
        <message>
            <source>Load from file…</source>
            <translation type="unfinished">从文件加载…</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation type="unfinished">删除</translation>
        </message>
        <message>
            <source>Where the x509-group CA key and the sas-group group keys are: in the station's secrets, or inside a PKCS#11 token they never leave</source>
            <translation type="unfinished">x509-group 的 CA 密钥和 sas-group 的组密钥所在位置：工作站机密中，或在永不离开的 PKCS#11 令牌内</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished">密钥</translation>
        </message>
        <message>
            <source>paste the group key, or load a file</source>
            <translation type="unfinished">粘贴组密钥，或加载文件</translation>
        </message>
        <message>
            <source>Group key</source>
            <translation type="unfinished">组密钥</translation>
        </message>
        <message>
            <source>optional: the group's secondary key, pasted or from a file</source>
            <translation type="unfinished">可选：组的辅助密钥，粘贴或从文件加载</translation>
        </message>
        <message>
            <source>Secondary group key</source>
            <translation type="unfinished">辅助组密钥</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translation type="unfinished">CA 证书</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished">选择…</translation>
        </message>
        <message>
            <source>Choose the CA certificate</source>
            <translation type="unfinished">选择 CA 证书</translation>
        </message>
        <message>
            <source>the CA key's passphrase, if any</source>
            <translation type="unfinished">CA 密钥的口令（如有）</translation>
        </message>
        <message>
            <source>CA key passphrase</source>
            <translation type="unfinished">CA 密钥口令</translation>
        </message>
        <message>
            <source>CA private key</source>
            <translation type="unfinished">CA 私钥</translation>
        </message>
        <message>
            <source>the token's user PIN</source>
            <translation type="unfinished">令牌的用户 PIN</translation>
        </message>
        <message>
            <source>Check the token</source>
            <translation type="unfinished">检查令牌</translation>
        </message>
        <message>
            <source>Group key in token</source>
            <translation type="unfinished">令牌中的组密钥</translation>
        </message>
        <message>
            <source>Secondary key in token</source>
            <translation type="unfinished">令牌中的辅助密钥</translation>
        </message>
        <message>
            <source>CA key in token</source>
            <translation type="unfinished">令牌中的 CA 密钥</translation>
        </message>
        <message>
            <source>Token PIN</source>
            <translation type="unfinished">令牌 PIN</translation>
        </message>
        <message>
            <source>Served line</source>
            <translation type="unfinished">自动化产线</translation>
        </message>
        <message>
            <source>Watch a line that station serve drives (a fixture or MES starts its units)</source>
            <translation type="unfinished">监看由 station serve 驱动的产线（由治具或 MES 启动设备）</translation>
        </message>
        <message>
            <source>the API token station serve-token showed</source>
            <translation type="unfinished">station serve-token 显示的 API 令牌</translation>
        </message>
        <message>
            <source>Watch now</source>
            <translation type="unfinished">立即监看</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">地址</translation>
        </message>
        <message>
            <source>API token</source>
            <translation type="unfinished">API 令牌</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation type="unfinished">保存设置</translation>
        </message>
        <message>
            <source>Save and start the job</source>
            <translation type="unfinished">保存并启动任务</translation>
        </message>
        <message>
            <source>A pkcs11: URI naming the token and the key: {form} (no PIN in it)</source>
            <translation type="unfinished">指明令牌和密钥的 pkcs11: URI：{form}（其中不含 PIN）</translation>
        </message>
        <message>
            <source>Choose a profile</source>
            <translation type="unfinished">请选择配置文件</translation>
        </message>
        <message>
            <source>Enter the ID scope</source>
            <translation type="unfinished">请输入 ID scope</translation>
        </message>
        <message>
            <source>Create</source>
            <translation type="unfinished">创建</translation>
        </message>
        <message>
            <source>choose a passphrase for the secrets</source>
            <translation type="unfinished">为机密设置口令</translation>
        </message>
        <message>
            <source>not set</source>
            <translation type="unfinished">未设置</translation>
        </message>
        <message>
            <source>No secrets are kept yet: choose a passphrase and type it twice. It opens the secrets from then on; it cannot be recovered.</source>
            <translation type="unfinished">尚未保存任何机密：请设置口令并输入两次。此后用它打开机密；口令无法找回。</translation>
        </message>
        <message>
            <source>Locked: type the passphrase to load or change secrets.</source>
            <translation type="unfinished">已锁定：输入口令以加载或更改机密。</translation>
        </message>
        <message>
            <source>(locked)</source>
            <translation type="unfinished">（已锁定）</translation>
        </message>
        <message>
            <source>Unlocked.</source>
            <translation type="unfinished">已解锁。</translation>
        </message>
        <message>
            <source>not set (units get a primary key only)</source>
            <translation type="unfinished">未设置（设备仅获得主密钥）</translation>
        </message>
        <message>
            <source>CA key kept, but it cannot be used: {reason}</source>
            <translation type="unfinished">已保存 CA 密钥，但无法使用：{reason}</translation>
        </message>
        <message>
            <source>the two passphrases differ</source>
            <translation type="unfinished">两次输入的口令不一致</translation>
        </message>
        <message>
            <source>type the new passphrase again, the same in both fields</source>
            <translation type="unfinished">请重新输入新口令，两个字段须相同</translation>
        </message>
        <message>
            <source>Secrets passphrase chosen; keep it safe.</source>
            <translation type="unfinished">已设置机密口令；请妥善保管。</translation>
        </message>
        <message>
            <source>Group key kept.</source>
            <translation type="unfinished">已保存组密钥。</translation>
        </message>
        <message>
            <source>cannot read the group key file {path}: {reason}</source>
            <translation type="unfinished">无法读取组密钥文件 {path}：{reason}</translation>
        </message>
        <message>
            <source>choose the file the key was saved in</source>
            <translation type="unfinished">请选择保存该密钥的文件</translation>
        </message>
        <message>
            <source>the secondary group key is the same as the primary one</source>
            <translation type="unfinished">辅助组密钥与主组密钥相同</translation>
        </message>
        <message>
            <source>give the enrollment group's secondary key</source>
            <translation type="unfinished">请提供注册组的辅助密钥</translation>
        </message>
        <message>
            <source>Secondary group key kept.</source>
            <translation type="unfinished">已保存辅助组密钥。</translation>
        </message>
        <message>
            <source>Secondary group key forgotten: units get a primary key only.</source>
            <translation type="unfinished">已删除辅助组密钥：设备仅获得主密钥。</translation>
        </message>
        <message>
            <source>Load the secondary group key</source>
            <translation type="unfinished">加载辅助组密钥</translation>
        </message>
        <message>
            <source>cannot read the key file {path}: {reason}</source>
            <translation type="unfinished">无法读取密钥文件 {path}：{reason}</translation>
        </message>
        <message>
            <source>Load the group key</source>
            <translation type="unfinished">加载组密钥</translation>
        </message>
        <message>
            <source>CA key passphrase kept.</source>
            <translation type="unfinished">已保存 CA 密钥口令。</translation>
        </message>
        <message>
            <source>cannot read the CA key file {path}: {reason}</source>
            <translation type="unfinished">无法读取 CA 密钥文件 {path}：{reason}</translation>
        </message>
        <message>
            <source>choose the file the CA's private key was saved in</source>
            <translation type="unfinished">请选择保存 CA 私钥的文件</translation>
        </message>
        <message>
            <source>the CA key file {path} holds text that is not UTF-8 around the key</source>
            <translation type="unfinished">CA 密钥文件 {path} 中密钥周围有非 UTF-8 文本</translation>
        </message>
        <message>
            <source>save the key as a plain PEM file and load it again</source>
            <translation type="unfinished">请将密钥另存为纯 PEM 文件后重新加载</translation>
        </message>
        <message>
            <source>{summary}. The station no longer needs {path}.</source>
            <translation type="unfinished">{summary}。工作站不再需要 {path}。</translation>
        </message>
        <message>
            <source>CA key removed from the secret store.</source>
            <translation type="unfinished">已从机密存储中移除 CA 密钥。</translation>
        </message>
        <message>
            <source>Load the CA private key</source>
            <translation type="unfinished">加载 CA 私钥</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.key);;All files (*)</source>
            <translation type="unfinished">PEM 文件 (*.pem *.key);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Unlock the secrets to move the CA key from {path} into the secret store.</source>
            <translation type="unfinished">请解锁机密，以便将 CA 密钥从 {path} 移入机密存储。</translation>
        </message>
        <message>
            <source>The CA key from {path} is now kept in {store}; the station no longer reads that file.</source>
            <translation type="unfinished">来自 {path} 的 CA 密钥现已保存在 {store} 中；工作站不再读取该文件。</translation>
        </message>
        <message>
            <source>{path} is not there</source>
            <translation type="unfinished">{path} 不存在</translation>
        </message>
        <message>
            <source>The CA key is now kept in the secret store, and the one in {path} could not be moved there ({reason}). Load the CA private key again.</source>
            <translation type="unfinished">CA 密钥现在保存在机密存储中，但 {path} 中的密钥无法移入（{reason}）。请重新加载 CA 私钥。</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translation type="unfinished">PEM 文件 (*.pem *.crt *.key);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Name the keys' token above; its PIN is kept here.</source>
            <translation type="unfinished">请在上方指明密钥所在的令牌；其 PIN 保存在此处。</translation>
        </message>
        <message>
            <source>PIN kept for token '{token}'</source>
            <translation type="unfinished">已为令牌“{token}”保存 PIN</translation>
        </message>
        <message>
            <source>no PIN kept for token '{token}'</source>
            <translation type="unfinished">尚未为令牌“{token}”保存 PIN</translation>
        </message>
        <message>
            <source>no token is named yet</source>
            <translation type="unfinished">尚未指明令牌</translation>
        </message>
        <message>
            <source>give the pkcs11: URI of the key first</source>
            <translation type="unfinished">请先填写密钥的 pkcs11: URI</translation>
        </message>
        <message>
            <source>the PIN is empty</source>
            <translation type="unfinished">PIN 为空</translation>
        </message>
        <message>
            <source>type the token's user PIN</source>
            <translation type="unfinished">请输入令牌的用户 PIN</translation>
        </message>
        <message>
            <source>PIN kept in {store}.</source>
            <translation type="unfinished">PIN 已保存到 {store}。</translation>
        </message>
        <message>
            <source>Checking the token…</source>
            <translation type="unfinished">正在检查令牌…</translation>
        </message>
        <message>
            <source>The token is ready: {what}.</source>
            <translation type="unfinished">令牌已就绪：{what}。</translation>
        </message>
        <message>
            <source>the API token is empty</source>
            <translation type="unfinished">API 令牌为空</translation>
        </message>
        <message>
            <source>paste the token station serve-token showed</source>
            <translation type="unfinished">请粘贴 station serve-token 显示的令牌</translation>
        </message>
        <message>
            <source>API token kept in {store}.</source>
            <translation type="unfinished">API 令牌已保存到 {store}。</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation type="unfinished">已保存到 {path}。</translation>
        </message>
        <message>
            <source>The job cannot start yet: fill in or correct the marked fields.</source>
            <translation type="unfinished">任务尚不能启动：请填写或更正标出的字段。</translation>
        </message>
        <message>
            <source>CA key loaded: {ca}, certificate SHA-256 fingerprint {fingerprint}</source>
            <translation type="unfinished">已加载 CA 密钥：{ca}，证书 SHA-256 指纹 {fingerprint}</translation>
        </message>
    </context>
    <context>
        <name>TokenKeys</name>
        <message>
            <source>the CA key of {ca} signs in the token</source>
            <translation type="unfinished">{ca} 的 CA 密钥在令牌内签名</translation>
        </message>
        <message>
            <source>the group key derives device keys in the token</source>
            <translation type="unfinished">组密钥在令牌内派生设备密钥</translation>
        </message>
        <message>
            <source>so does the secondary group key</source>
            <translation type="unfinished">辅助组密钥同样如此</translation>
        </message>
        <message>
            <source>no key in a token is named</source>
            <translation type="unfinished">未指定令牌中的任何密钥</translation>
        </message>
        <message>
            <source>give the pkcs11: URI of the CA key or the group key in Settings, or keep the keys in the secret store</source>
            <translation type="unfinished">请在“设置”中填写 CA 密钥或组密钥的 pkcs11: URI，或将密钥保存在机密存储中</translation>
        </message>
        <message>
            <source>the token's PIN is kept in the station's secrets, which are locked</source>
            <translation type="unfinished">令牌的 PIN 保存在工作站机密中，而机密已锁定</translation>
        </message>
        <message>
            <source>unlock the secrets in Settings, then start the job</source>
            <translation type="unfinished">请在“设置”中解锁机密，然后启动任务</translation>
        </message>
        <message>
            <source>the CA key in the token needs its CA certificate</source>
            <translation type="unfinished">令牌中的 CA 密钥需要其 CA 证书</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings</source>
            <translation type="unfinished">请在“设置”中选择 CA 证书文件</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translation type="unfinished">无法读取 CA 证书文件 {path}：{reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translation type="unfinished">请在“设置”中重新选择 CA 证书文件</translation>
        </message>
        <message>
            <source>the CA certificate file {path} holds no PEM certificate</source>
            <translation type="unfinished">CA 证书文件 {path} 中没有 PEM 证书</translation>
        </message>
        <message>
            <source>choose the CA's certificate file</source>
            <translation type="unfinished">请选择 CA 的证书文件</translation>
        </message>
    </context>
    <context>
        <name>UnitTableModel</name>
        <message>
            <source>Device ID</source>
            <translation type="unfinished">设备 ID</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">状态</translation>
        </message>
        <message>
            <source>Failed at / reason</source>
            <translation type="unfinished">失败阶段 / 原因</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation type="unfinished">记录时间</translation>
        </message>
        <message>
            <source>Provisioned</source>
            <translation type="unfinished">预配时间</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished">配置文件</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translation type="unfinished">证明方式</translation>
        </message>
        <message>
            <source>Job</source>
            <translation type="unfinished">任务</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished">操作员</translation>
        </message>
        <message>
            <source>Station</source>
            <translation type="unfinished">工作站</translation>
        </message>
        <message>
            <source>Port</source>
            <translation type="unfinished">端口</translation>
        </message>
        <message>
            <source>Cloud status</source>
            <translation type="unfinished">云状态</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation type="unfinished">清单</translation>
        </message>
        <message>
            <source>pending</source>
            <translation type="unfinished">待定</translation>
        </message>
        <message>
            <source>provisioned</source>
            <translation type="unfinished">已预配</translation>
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished">失败</translation>
        </message>
        <message>
            <source>connected</source>
            <translation type="unfinished">已连接</translation>
        </message>
        <message>
            <source>never connected</source>
            <translation type="unfinished">从未连接</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation type="unfinished">已阻止</translation>
        </message>
        <message>
            <source>failed to register</source>
            <translation type="unfinished">注册失败</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translation type="unfinished">等待批准</translation>
        </message>
        <message>
            <source>another attestation</source>
            <translation type="unfinished">其他证明方式</translation>
        </message>
        <message>
            <source>not read yet</source>
            <translation type="unfinished">尚未读取</translation>
        </message>
        <message>
            <source>{detail} (read {time})</source>
            <translation type="unfinished">{detail}（读取于 {time}）</translation>
        </message>
        <message>
            <source>Cloud status ({service})</source>
            <translation type="unfinished">云状态（{service}）</translation>
        </message>
    </context>
    <context>
        <name>UploadDialog</name>
        <message>
            <source>DPS (individual enrollments)</source>
            <translation type="unfinished">DPS（单独注册）</translation>
        </message>
        <message>
            <source>DPS connection string</source>
            <translation type="unfinished">DPS 连接字符串</translation>
        </message>
        <message>
            <source>IoT Central API token</source>
            <translation type="unfinished">IoT Central API 令牌</translation>
        </message>
        <message>
            <source>the saved secret in {store}</source>
            <translation type="unfinished">{store} 中保存的机密</translation>
        </message>
        <message>
            <source>the environment variable {name}</source>
            <translation type="unfinished">环境变量 {name}</translation>
        </message>
        <message>
            <source>No {what}: paste it below and press Keep, or set {variable}.</source>
            <translation type="unfinished">没有{what}：请粘贴到下方并按“保存”，或设置 {variable}。</translation>
        </message>
        <message>
            <source>No {what}: unlock the station's secrets in Settings, or paste it below and press Keep, or set {variable}.</source>
            <translation type="unfinished">没有{what}：请在“设置”中解锁工作站机密，或粘贴到下方并按“保存”，或设置 {variable}。</translation>
        </message>
        <message>
            <source>The {what} from {where} is unusable: {reason}</source>
            <translation type="unfinished">来自{where}的{what}无法使用：{reason}</translation>
        </message>
        <message>
            <source>An IoT Central status refresh needs the application's URL: type it above, https://NAME.azureiotcentral.com.</source>
            <translation type="unfinished">刷新 IoT Central 状态需要应用程序的 URL：请在上方输入 https://NAME.azureiotcentral.com。</translation>
        </message>
        <message>
            <source>An IoT Central upload needs the application's URL: type it above, https://NAME.azureiotcentral.com.</source>
            <translation type="unfinished">上传到 IoT Central 需要应用程序的 URL：请在上方输入 https://NAME.azureiotcentral.com。</translation>
        </message>
        <message>
            <source>Device ID</source>
            <translation type="unfinished">设备 ID</translation>
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished">状态</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation type="unfinished">批次</translation>
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished">时间</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">原因</translation>
        </message>
        <message>
            <source>would be sent</source>
            <translation type="unfinished">将会发送</translation>
        </message>
        <message>
            <source>The service refused the credential; nothing more was sent.</source>
            <translation type="unfinished">服务拒绝了该凭据；未再发送任何内容。</translation>
        </message>
        <message>
            <source>Upload stopped on request.</source>
            <translation type="unfinished">上传已按要求停止。</translation>
        </message>
        <message>
            <source>The service could not be reached; the upload stopped.</source>
            <translation type="unfinished">无法连接服务；上传已停止。</translation>
        </message>
        <message>
            <source>The upload stopped.</source>
            <translation type="unfinished">上传已停止。</translation>
        </message>
        <message>
            <source>What to do: {hint}</source>
            <translation type="unfinished">处理方法：{hint}</translation>
        </message>
        <message>
            <source>Upload enrollments</source>
            <translation type="unfinished">上传注册</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translation type="unfinished">应用程序 URL</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished">保存</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translation type="unfinished">服务自身的地址（留空）</translation>
        </message>
        <message>
            <source>Dry run: send nothing; write the requests to a file</source>
            <translation type="unfinished">试运行：不发送任何内容；将请求写入文件</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished">选择…</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translation type="unfinished">清单</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation type="unfinished">清单</translation>
        </message>
        <message>
            <source>Upload to</source>
            <translation type="unfinished">上传到</translation>
        </message>
        <message>
            <source>Credential</source>
            <translation type="unfinished">凭据</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translation type="unfinished">替代终结点</translation>
        </message>
        <message>
            <source>Requests file</source>
            <translation type="unfinished">请求文件</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished">开始</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">关闭</translation>
        </message>
        <message>
            <source>API token</source>
            <translation type="unfinished">API 令牌</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translation type="unfinished">连接字符串</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translation type="unfinished">粘贴{what}，将其作为机密保存</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translation type="unfinished">来自{where}：{masked}</translation>
        </message>
        <message>
            <source>the IoT Central API token is empty</source>
            <translation type="unfinished">IoT Central API 令牌为空</translation>
        </message>
        <message>
            <source>paste the token shown when it was made in IoT Central</source>
            <translation type="unfinished">请粘贴在 IoT Central 中创建令牌时显示的令牌</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translation type="unfinished">{what}已保存到 {store}。</translation>
        </message>
        <message>
            <source>Write the dry run's requests to</source>
            <translation type="unfinished">将试运行的请求写入</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation type="unfinished">JSON 文件 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Choose the file the dry run writes its requests to.</source>
            <translation type="unfinished">请选择试运行写入请求的文件。</translation>
        </message>
        <message>
            <source>Uploading to {service} using {where}…</source>
            <translation type="unfinished">正在使用{where}上传到 {service}…</translation>
        </message>
        <message>
            <source>Planning the dry run…</source>
            <translation type="unfinished">正在规划试运行…</translation>
        </message>
        <message>
            <source>Stopping after the request in progress…</source>
            <translation type="unfinished">当前请求完成后停止…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished">停止</translation>
        </message>
        <message>
            <source>manifest {number} of {count}: </source>
            <translation type="unfinished">第 {number}/{count} 个清单：</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n unit(s) settled — {message}</source>
            <translation type="unfinished">
                <numerusform>%n 台中已处理 {done} 台 — {message}</numerusform>
            </translation>
        </message>
        <message>
            <source> (the other manifests' beside it, numbered -2 to -{last})</source>
            <translation type="unfinished">（其他清单的文件在其旁边，编号 -2 至 -{last}）</translation>
        </message>
        <message>
            <source>Nothing was sent; the requests are in {file}{more}.</source>
            <translation type="unfinished">未发送任何内容；请求在 {file}{more} 中。</translation>
        </message>
        <message>
            <source>Every unit is uploaded or needs no upload.</source>
            <translation type="unfinished">所有设备均已上传或无需上传。</translation>
        </message>
        <message>
            <source>Some units were not uploaded: their reasons are listed below.</source>
            <translation type="unfinished">部分设备未上传：原因列在下方。</translation>
        </message>
        <message>
            <source>The upload did not run.</source>
            <translation type="unfinished">上传未执行。</translation>
        </message>
        <message>
            <source>units not reached stay pending; start the upload again and it resumes where it stopped</source>
            <translation type="unfinished">未处理到的设备保持待定；再次开始上传即从停止处继续</translation>
        </message>
        <message>
            <source>the upload broke down: unexpected {error}: {text}</source>
            <translation type="unfinished">上传中断：意外的 {error}：{text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; the manifest keeps every state recorded so far</source>
            <translation type="unfinished">请报告给工作站工程师；清单保留了迄今记录的所有状态</translation>
        </message>
        <message>
            <source>the upload was stopped before every unit was sent</source>
            <translation type="unfinished">上传在发送所有设备之前被停止</translation>
        </message>
        <message>
            <source>the upload was stopped while it waited for the service</source>
            <translation type="unfinished">上传在等待服务时被停止</translation>
        </message>
        <message>
            <source>cannot write the dry run's requests to {path}: {reason}</source>
            <translation type="unfinished">无法将试运行的请求写入 {path}：{reason}</translation>
        </message>
        <message>
            <source>choose a file in a folder the station may write to</source>
            <translation type="unfinished">请选择工作站可写入的文件夹中的文件</translation>
        </message>
    </context>
    <context>
        <name>VirtualBoards</name>
        <message>
            <source>there is no job to make virtual boards for</source>
            <translation type="unfinished">没有可用于创建虚拟板卡的任务</translation>
        </message>
        <message>
            <source>start a job first (Settings, or `station gui --demo`)</source>
            <translation type="unfinished">请先启动任务（“设置”，或 `station gui --demo`）</translation>
        </message>
        <message>
            <source>Virtual board {number}</source>
            <translation type="unfinished">虚拟板卡 {number}</translation>
        </message>
    </context>
    <context>
        <name>YieldView</name>
        <message>
            <source>Units per hour — last 24 hours</source>
            <translation type="unfinished">每小时数量 — 最近 24 小时</translation>
        </message>
        <message numerus="yes">
            <source>Units per day — last %n days</source>
            <translation type="unfinished">
                <numerusform>每天数量 — 最近 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Top failure reasons by stage</source>
            <translation type="unfinished">按阶段统计的主要失败原因</translation>
        </message>
        <message>
            <source>No failures in this period.</source>
            <translation type="unfinished">此期间没有失败。</translation>
        </message>
        <message numerus="yes">
            <source>Connected to {service} within days of provisioning — {read} of %Ln provisioned unit(s) read</source>
            <translation type="unfinished">
                <numerusform>预配后数天内连接到 {service} — 已读取 %Ln 台已预配设备中的 {read} 台</numerusform>
            </translation>
        </message>
        <message>
            <source>No cloud status read yet: Manifest tab, Refresh cloud status…</source>
            <translation type="unfinished">尚未读取云状态：请在“清单”选项卡中点“刷新云状态…”</translation>
        </message>
        <message numerus="yes">
            <source>within %n day(s): {count} of {read} ({share} %)</source>
            <translation type="unfinished">
                <numerusform>%n 天内：{read} 台中 {count} 台（{share} %）</numerusform>
            </translation>
        </message>
        <message>
            <source>connected at all: {count} of {read}</source>
            <translation type="unfinished">曾经连接：{read} 台中 {count} 台</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished">刷新</translation>
        </message>
        <message>
            <source>No manifest chosen: open or tick one in the Manifest tab.</source>
            <translation type="unfinished">未选择清单：请在“清单”选项卡中打开或勾选一个。</translation>
        </message>
        <message>
            <source>The yield cannot be read: {reason}</source>
            <translation type="unfinished">无法读取良率：{reason}</translation>
        </message>
        <message numerus="yes">
            <source> (%n manifests)</source>
            <translation type="unfinished">
                <numerusform>（%n 个清单）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %n days{where}: {passed} passed, {failed} failed of {ended} attempts — yield {share} %</source>
            <translation type="unfinished">
                <numerusform>最近 %n 天{where}：共 {ended} 次尝试，{passed} 次通过，{failed} 次失败 — 良率 {share} %</numerusform>
            </translation>
        </message>
    </context>
</TS>
