<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>ActiveJob</name>
        <message>
            <source>{rule} matching {pattern}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{rule} khớp với {pattern}</translation>
        </message>
        <message>
            <source>no CA certificate is chosen</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chưa chọn chứng chỉ CA</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings before loading its key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chọn tệp chứng chỉ CA trong Cài đặt trước khi nạp khóa của nó</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>không đọc được tệp chứng chỉ CA {path}: {reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chọn lại tệp chứng chỉ CA trong Cài đặt</translation>
        </message>
    </context>
    <context>
        <name>CloudSetupDialog</name>
        <message>
            <source>no profile is chosen</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chưa chọn hồ sơ</translation>
        </message>
        <message>
            <source>choose the job's profile in Settings first</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chọn hồ sơ của công việc trong Cài đặt trước</translation>
        </message>
        <message>
            <source>the job's attestation is not chosen</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chưa chọn phương thức chứng thực của công việc</translation>
        </message>
        <message>
            <source>choose it in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chọn trong Cài đặt</translation>
        </message>
        <message>
            <source>{mode} units are enrolled one by one: there is no enrollment group to set up</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>thiết bị {mode} được đăng ký từng thiết bị một: không có nhóm đăng ký nào để thiết lập</translation>
        </message>
        <message>
            <source>upload them from the Manifest tab once provisioned, or choose a group attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy tải lên từ thẻ Sổ kê khai sau khi cung cấp, hoặc chọn phương thức chứng thực nhóm</translation>
        </message>
        <message>
            <source>an X.509 group needs the CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nhóm X.509 cần chứng chỉ CA</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chọn tệp chứng chỉ CA trong Cài đặt</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>không đọc được tệp chứng chỉ CA {path}: {reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chọn lại tệp chứng chỉ CA trong Cài đặt</translation>
        </message>
        <message>
            <source>the CA certificate file holds no PEM certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>tệp chứng chỉ CA không chứa chứng chỉ PEM nào</translation>
        </message>
        <message>
            <source>choose the CA's certificate file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chọn tệp chứng chỉ của CA</translation>
        </message>
        <message>
            <source>verifying the CA needs its key, and none is kept</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>xác minh CA cần khóa của nó, nhưng chưa lưu khóa nào</translation>
        </message>
        <message>
            <source>load the CA private key in Settings (or name it in the token)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy nạp khóa riêng CA trong Cài đặt (hoặc chỉ định khóa trong token)</translation>
        </message>
        <message>
            <source>the set-up was stopped</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>việc thiết lập đã bị dừng</translation>
        </message>
        <message>
            <source>set it up again: each step that was done is found done</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy thiết lập lại: các bước đã làm sẽ được nhận ra là đã xong</translation>
        </message>
        <message>
            <source>opening the CA…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đang mở CA…</translation>
        </message>
        <message>
            <source>Set up in the cloud</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thiết lập trên đám mây</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>URL ứng dụng</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>địa chỉ riêng của dịch vụ (để trống)</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Công việc</translation>
        </message>
        <message>
            <source>Service</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dịch vụ</translation>
        </message>
        <message>
            <source>Credential</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thông tin xác thực</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Điểm cuối thay thế</translation>
        </message>
        <message>
            <source>Enrollment group ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID nhóm đăng ký</translation>
        </message>
        <message>
            <source>Set up</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thiết lập</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>its keys go into the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>khóa của nhóm được lưu vào token</translation>
        </message>
        <message>
            <source>its keys go into {store}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>khóa của nhóm được lưu vào {store}</translation>
        </message>
        <message>
            <source>its CA is uploaded and verified with the CA key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>CA của nhóm được tải lên và xác minh bằng khóa CA</translation>
        </message>
        <message>
            <source>{profile}, {mode}: {kind} enrollment group; {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{profile}, {mode}: nhóm đăng ký {kind}; {where}</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token API</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chuỗi kết nối</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>dán {what} để lưu làm bí mật</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Từ {where}: {masked}</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã lưu {what} vào {store}.</translation>
        </message>
        <message>
            <source>no IoT Central application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chưa có URL ứng dụng IoT Central</translation>
        </message>
        <message>
            <source>type it above, https://NAME.azureiotcentral.com</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy nhập ở trên, https://NAME.azureiotcentral.com</translation>
        </message>
        <message>
            <source>the station's secrets are locked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>bí mật của trạm đang bị khóa</translation>
        </message>
        <message>
            <source>unlock them in Settings, then set up again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy mở khóa trong Cài đặt rồi thiết lập lại</translation>
        </message>
        <message>
            <source>the keys are kept in a token, but no group key URI is named</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>các khóa được giữ trong token, nhưng chưa chỉ định URI khóa nhóm</translation>
        </message>
        <message>
            <source>give the group key's pkcs11: URI in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy nhập URI pkcs11: của khóa nhóm trong Cài đặt</translation>
        </message>
        <message>
            <source>the set-up broke down: unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>việc thiết lập bị lỗi: lỗi {error} không mong đợi: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; setting up again finds done what was done</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy báo cho kỹ sư của trạm; khi thiết lập lại, những gì đã làm sẽ được nhận ra</translation>
        </message>
    </context>
    <context>
        <name>CloudStatusDialog</name>
        <message>
            <source>every page read so far is recorded; refresh again and it resumes there</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>mọi trang đã đọc đều đã được ghi lại; làm mới lại thì sẽ tiếp tục từ đó</translation>
        </message>
        <message>
            <source>the refresh was stopped before every page was read</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>việc làm mới đã dừng trước khi đọc hết các trang</translation>
        </message>
        <message>
            <source>the refresh was stopped while it waited for the service</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>việc làm mới đã dừng khi đang chờ dịch vụ</translation>
        </message>
        <message>
            <source>the manifest {path} cannot record the statuses: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>sổ kê khai {path} không ghi được trạng thái: {reason}</translation>
        </message>
        <message>
            <source>check that the file is a station's manifest on a writable disk</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy kiểm tra tệp có phải sổ kê khai của trạm và nằm trên ổ đĩa ghi được không</translation>
        </message>
        <message>
            <source>the refresh broke down: unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>việc làm mới bị lỗi: lỗi {error} không mong đợi: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; the pages read so far are recorded</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy báo cho kỹ sư của trạm; các trang đã đọc đều đã được ghi lại</translation>
        </message>
        <message>
            <source>The service refused the credential.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dịch vụ đã từ chối thông tin xác thực.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more not connected (filter the table by Cloud)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>… và %n thiết bị khác chưa kết nối (lọc bảng theo Đám mây)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cloud status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Làm mới trạng thái đám mây</translation>
        </message>
        <message>
            <source>line record at {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>bản ghi dây chuyền tại {where}</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>URL ứng dụng</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>địa chỉ riêng của dịch vụ (để trống)</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sổ kê khai</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sổ kê khai</translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bản ghi dây chuyền</translation>
        </message>
        <message>
            <source>Read from</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đọc từ</translation>
        </message>
        <message>
            <source>Credential</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thông tin xác thực</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Điểm cuối thay thế</translation>
        </message>
        <message>
            <source>The statuses are recorded in each manifest, apart from its journaled record, with the time they were read; nothing else in the manifest changes.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Các trạng thái được ghi vào từng sổ kê khai, tách khỏi bản ghi có nhật ký của nó, kèm thời điểm đọc; không có gì khác trong sổ kê khai thay đổi.</translation>
        </message>
        <message>
            <source>The statuses of every station's units are recorded in the line record, with the time they were read; the stations' manifests do not change.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trạng thái thiết bị của mọi trạm được ghi vào bản ghi dây chuyền, kèm thời điểm đọc; sổ kê khai của các trạm không thay đổi.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Làm mới</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token API</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chuỗi kết nối</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>dán {what} để lưu làm bí mật</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Từ {where}: {masked}</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã lưu {what} vào {store}.</translation>
        </message>
        <message>
            <source>Reading from {service} using {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đang đọc từ {service} bằng {where}…</translation>
        </message>
        <message>
            <source>{manifest} ({number} of {count}): </source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{manifest} ({number}/{count}): </translation>
        </message>
        <message>
            <source>Stopping after the request in progress…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sẽ dừng sau yêu cầu đang chạy…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dừng</translation>
        </message>
        <message numerus="yes">
            <source>%n page request(s) — {message}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n yêu cầu trang — {message}</numerusform>
            </translation>
        </message>
        <message>
            <source>The refresh of {manifest} did not run.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Việc làm mới {manifest} đã không chạy.</translation>
        </message>
        <message numerus="yes">
            <source> (%n manifest(s) refreshed before it.)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform> (%n sổ kê khai đã được làm mới trước đó.)</numerusform>
            </translation>
        </message>
        <message>
            <source>{manifest}: {connected} of {count} connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{manifest}: {connected}/{count} đã kết nối</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>⚠  This file will hold the SAS units' device keys in clear. Anyone who has it can connect these devices as themselves. Keep it on an encrypted drive, hand it over directly, and delete it after the import.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>⚠  Tệp này sẽ chứa khóa thiết bị của các thiết bị SAS ở dạng rõ. Ai có tệp này đều có thể kết nối giả danh các thiết bị đó. Hãy lưu trên ổ đĩa được mã hóa, trao tận tay và xóa sau khi nhập.</translation>
        </message>
        <message>
            <source>IoT Central device import: device IDs and names</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nhập thiết bị IoT Central: ID và tên thiết bị</translation>
        </message>
        <message>
            <source>IoT Central device list with SAS keys and X.509 thumbprints</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Danh sách thiết bị IoT Central kèm khóa SAS và dấu vân tay X.509</translation>
        </message>
        <message>
            <source>Every unit with its public facts, status, failure and times (no secrets)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Mọi thiết bị cùng thông tin công khai, trạng thái, lỗi và thời gian (không có bí mật)</translation>
        </message>
        <message>
            <source>DPS individual enrollments (JSON), ready for upload</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đăng ký riêng lẻ DPS (JSON), sẵn sàng tải lên</translation>
        </message>
        <message>
            <source>it holds device keys in clear: readable by you only; delete it after the import</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>tệp chứa khóa thiết bị ở dạng rõ: chỉ bạn đọc được; hãy xóa sau khi nhập</translation>
        </message>
        <message>
            <source>this manifest's device keys are sealed with its station key, which is not on this PC</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>khóa thiết bị của sổ kê khai này được niêm phong bằng khóa trạm, mà khóa đó không có trên máy tính này</translation>
        </message>
        <message>
            <source>unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>lỗi {error} không mong đợi: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy báo cho kỹ sư của trạm</translation>
        </message>
        <message>
            <source> (already written: {files})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> (đã ghi: {files})</translation>
        </message>
        <message>
            <source>Export units</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Xuất thiết bị</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>Format</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Định dạng</translation>
        </message>
        <message>
            <source>Rows</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Số dòng</translation>
        </message>
        <message>
            <source>File</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tệp</translation>
        </message>
        <message numerus="yes">
            <source>%n manifests: one file each, named after its manifest (e.g. …-{example}), so that each file answers to one station's journal.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n sổ kê khai: mỗi sổ một tệp, đặt theo tên sổ (ví dụ …-{example}), để mỗi tệp ứng với nhật ký của một trạm.</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đang ghi…</translation>
        </message>
        <message>
            <source>Export</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Xuất</translation>
        </message>
        <message>
            <source> (provisioned units only)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> (chỉ các thiết bị đã cung cấp)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) will be written</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Sẽ ghi %Ln thiết bị</numerusform>
            </translation>
        </message>
        <message>
            <source>The {format} export holds provisioned units only; clear the status filter to use it.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bản xuất {format} chỉ chứa các thiết bị đã cung cấp; hãy bỏ bộ lọc trạng thái để dùng.</translation>
        </message>
        <message>
            <source>{kind} (*{suffix});;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{kind} (*{suffix});;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Xuất vào</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n tệp trong {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Xuất thất bại: {reason}</translation>
        </message>
    </context>
    <context>
        <name>JobBar</name>
        <message>
            <source>Profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>ID scope</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID scope</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chứng thực</translation>
        </message>
        <message>
            <source>Device-ID rule</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Quy tắc ID thiết bị</translation>
        </message>
        <message>
            <source>Units done today</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hoàn thành hôm nay</translation>
        </message>
        <message>
            <source>No job — set one up in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chưa có công việc — hãy thiết lập trong Cài đặt</translation>
        </message>
        <message>
            <source>{profile}  (demo)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{profile}  (minh họa)</translation>
        </message>
    </context>
    <context>
        <name>LabelPreview</name>
        <message>
            <source>Label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nhãn</translation>
        </message>
        <message>
            <source>The label of the next provisioned unit shows here.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nhãn của thiết bị cung cấp xong tiếp theo sẽ hiện ở đây.</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>In nhãn…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lưu thành PDF…</translation>
        </message>
        <message>
            <source>Label — {board}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nhãn — {board}</translation>
        </message>
        <message>
            <source>The label cannot be shown: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không hiển thị được nhãn: {problem}</translation>
        </message>
        <message>
            <source>Save the label as PDF</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lưu nhãn thành PDF</translation>
        </message>
    </context>
    <context>
        <name>LabelPrint</name>
        <message>
            <source>the printer did not accept the label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>máy in không nhận nhãn</translation>
        </message>
        <message>
            <source>check that the label printer is on and has labels, then print again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy kiểm tra máy in nhãn đã bật và còn nhãn, rồi in lại</translation>
        </message>
        <message>
            <source>Print the label of {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>In nhãn của {device}</translation>
        </message>
    </context>
    <context>
        <name>LabelQueue</name>
        <message>
            <source>no label printer address is given</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chưa nhập địa chỉ máy in nhãn</translation>
        </message>
        <message>
            <source>type the printer's address in Settings, e.g. 10.0.4.21 or zebra-3:9100</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy nhập địa chỉ máy in trong Cài đặt, ví dụ 10.0.4.21 hoặc zebra-3:9100</translation>
        </message>
    </context>
    <context>
        <name>LineController</name>
        <message>
            <source>the board on {port} was unplugged</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>bo mạch trên {port} đã bị rút ra</translation>
        </message>
        <message>
            <source>this job takes device IDs from the unit's barcode</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>công việc này lấy ID thiết bị từ mã vạch của thiết bị</translation>
        </message>
        <message>
            <source>scan the barcode on the unit; the unit starts by itself</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy quét mã vạch trên thiết bị; thiết bị sẽ tự bắt đầu</translation>
        </message>
        <message>
            <source>no board is ready</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>không có bo mạch nào sẵn sàng</translation>
        </message>
        <message>
            <source>no board is connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>không có bo mạch nào được kết nối</translation>
        </message>
        <message>
            <source>plug a board in, or wait for a port to finish its unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy cắm bo mạch, hoặc chờ một cổng làm xong thiết bị của nó</translation>
        </message>
        <message>
            <source>port {port} cannot retry now</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>cổng {port} hiện không thể thử lại</translation>
        </message>
        <message>
            <source>wait until the port has finished, or check that the board is still plugged</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chờ cổng làm xong, hoặc kiểm tra bo mạch vẫn còn cắm</translation>
        </message>
        <message>
            <source>the scanned barcode was not a device ID this job can use</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>mã vạch đã quét không phải ID thiết bị mà công việc này dùng được</translation>
        </message>
        <message>
            <source>scan the unit's barcode again; the unit starts by itself</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy quét lại mã vạch của thiết bị; thiết bị sẽ tự bắt đầu</translation>
        </message>
        <message>
            <source>port {port} is busy or gone</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>cổng {port} đang bận hoặc không còn</translation>
        </message>
        <message>
            <source>wait until the port has finished its unit, or choose another port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chờ cổng làm xong thiết bị của nó, hoặc chọn cổng khác</translation>
        </message>
        <message>
            <source>no job is running</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>không có công việc nào đang chạy</translation>
        </message>
        <message>
            <source>choose the profile, ID scope and secrets in Settings and start the job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chọn hồ sơ, ID scope và bí mật trong Cài đặt rồi bắt đầu công việc</translation>
        </message>
        <message>
            <source>board unplugged during {stage}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>bo mạch bị rút ra trong bước {stage}</translation>
        </message>
        <message>
            <source>plug the board in again and retry it, or set it aside</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy cắm lại bo mạch và thử lại, hoặc để riêng nó ra</translation>
        </message>
    </context>
    <context>
        <name>LineRecordView</name>
        <message>
            <source> h</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> giờ qua</translation>
        </message>
        <message>
            <source>How many hours back, this one included</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bao nhiêu giờ trở về trước, tính cả giờ hiện tại</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Làm mới</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trạm</translation>
        </message>
        <message>
            <source>Units</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thiết bị</translation>
        </message>
        <message>
            <source>Provisioned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã cung cấp</translation>
        </message>
        <message>
            <source>Failed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lỗi</translation>
        </message>
        <message>
            <source>Yield</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tỷ lệ đạt</translation>
        </message>
        <message>
            <source>Units per hour</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thiết bị mỗi giờ</translation>
        </message>
        <message>
            <source>Last copy</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lần sao chép cuối</translation>
        </message>
        <message>
            <source>Behind on copying since</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chậm sao chép từ</translation>
        </message>
        <message>
            <source>Hour</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Giờ</translation>
        </message>
        <message>
            <source>Per station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Theo trạm</translation>
        </message>
        <message>
            <source>Stage</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bước</translation>
        </message>
        <message>
            <source>Failed units</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thiết bị lỗi</translation>
        </message>
        <message>
            <source>Last</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trong</translation>
        </message>
        <message>
            <source>Per hour across the line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Theo giờ trên toàn dây chuyền</translation>
        </message>
        <message>
            <source>Failures by stage and station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lỗi theo bước và trạm</translation>
        </message>
        <message>
            <source>Stations</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Các trạm</translation>
        </message>
        <message>
            <source>No line record open: start the QA desk with a line database, station gui --qa postgresql://USER@HOST/DATABASE</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chưa mở bản ghi dây chuyền: hãy khởi động bàn QA với cơ sở dữ liệu dây chuyền, station gui --qa postgresql://USER@HOST/DATABASE</translation>
        </message>
        <message>
            <source>Reading the line record at {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đang đọc bản ghi dây chuyền tại {where}…</translation>
        </message>
        <message numerus="yes">
            <source>{where}, last %n hour(s): {units} units, {passed} provisioned, {failed} failed — yield {share}; {behind} station(s) behind on copying</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>{where}, %n giờ qua: {units} thiết bị, {passed} đã cung cấp, {failed} lỗi — tỷ lệ đạt {share}; {behind} trạm chậm sao chép</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LineView</name>
        <message>
            <source>Start a unit on each board as soon as it is plugged in, without pressing anything</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bắt đầu thiết bị trên mỗi bo mạch ngay khi được cắm, không cần nhấn gì</translation>
        </message>
        <message>
            <source>Off for this job: each unit starts when its barcode is scanned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tắt với công việc này: mỗi thiết bị bắt đầu khi quét mã vạch của nó</translation>
        </message>
        <message>
            <source>Scan the unit's barcode again; the unit starts by itself.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hãy quét lại mã vạch của thiết bị; thiết bị sẽ tự bắt đầu.</translation>
        </message>
        <message>
            <source>the board's MAC address</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>địa chỉ MAC của bo mạch</translation>
        </message>
        <message>
            <source>a barcode scanned for each unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>mã vạch quét cho từng thiết bị</translation>
        </message>
        <message>
            <source>the station's counter</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>bộ đếm của trạm</translation>
        </message>
        <message>
            <source>the board's TPM</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>TPM của bo mạch</translation>
        </message>
        <message>
            <source>No boards yet. Plug a board in, or add a virtual board.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chưa có bo mạch. Hãy cắm bo mạch, hoặc thêm bo mạch ảo.</translation>
        </message>
        <message>
            <source>Provision next unit</source>
            <translatorcomment>machine-made; second reader not sure: 'cung cấp' for provisioning is used throughout: a native speaker should confirm the term</translatorcomment>
            <translation type="unfinished">Cung cấp thiết bị tiếp theo</translation>
        </message>
        <message>
            <source>Auto: start each board as it is plugged in</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tự động: bắt đầu khi cắm bo mạch</translation>
        </message>
        <message>
            <source>+ Virtual board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>+ Bo mạch ảo</translation>
        </message>
        <message>
            <source>Plug a virtual board of this job's profile into a new port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cắm một bo mạch ảo theo hồ sơ của công việc này vào một cổng mới</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Mã vạch</translation>
        </message>
        <message>
            <source>no job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chưa có công việc</translation>
        </message>
        <message>
            <source>Scan the unit's barcode — the unit starts by itself</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Quét mã vạch của thiết bị — thiết bị tự bắt đầu</translation>
        </message>
        <message>
            <source>IDs come from {source}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID lấy từ {source}</translation>
        </message>
        <message>
            <source>Not used by this job: device IDs come from {source}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Công việc này không dùng: ID thiết bị lấy từ {source}</translation>
        </message>
        <message>
            <source>{device} provisioned, no label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{device} đã được cung cấp, không có nhãn</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Provisioning Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trạm cung cấp thiết bị</translation>
        </message>
        <message>
            <source>{title}  —  demo</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{title}  —  minh họa</translation>
        </message>
        <message>
            <source>{title}  —  QA desk</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{title}  —  bàn QA</translation>
        </message>
        <message>
            <source>Line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dây chuyền</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; second reader not sure: 'sổ kê khai' for the manifest is used throughout: a native speaker should confirm the term</translatorcomment>
            <translation type="unfinished">Sổ kê khai</translation>
        </message>
        <message>
            <source>Yield</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tỷ lệ đạt</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>Served line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dây chuyền tự động</translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bản ghi dây chuyền</translation>
        </message>
        <message>
            <source>QA desk: the line record at {where}, read-only</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bàn QA: bản ghi dây chuyền tại {where}, chỉ đọc</translation>
        </message>
        <message>
            <source>Manifest: {path}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sổ kê khai: {path}</translation>
        </message>
        <message numerus="yes">
            <source>QA desk: %n manifest(s) open, read-only</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Bàn QA: đang mở %n sổ kê khai, chỉ đọc</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No job: %n manifest(s) open, read-only</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Chưa có công việc: đang mở %n sổ kê khai, chỉ đọc</numerusform>
            </translation>
        </message>
        <message>
            <source>The job cannot start: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không thể bắt đầu công việc: {reason}</translation>
        </message>
        <message>
            <source>The label printer cannot be used: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không dùng được máy in nhãn: {reason}</translation>
        </message>
        <message>
            <source>Before you start: {warning}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trước khi bắt đầu: {warning}</translation>
        </message>
        <message>
            <source>tell the security officer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy báo cho người phụ trách an ninh</translation>
        </message>
    </context>
    <context>
        <name>ManifestView</name>
        <message>
            <source>Manifests (*.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sổ kê khai (*.sqlite *.sqlite3 *.db);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Any</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tất cả</translation>
        </message>
        <message>
            <source>any date</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>mọi ngày</translation>
        </message>
        <message>
            <source>Tick the manifests to browse, export and upload together</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đánh dấu các sổ kê khai để xem, xuất và tải lên cùng nhau</translation>
        </message>
        <message>
            <source>Open…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Mở…</translation>
        </message>
        <message>
            <source>Open manifest files read-only, e.g. copied from stations</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Mở tệp sổ kê khai ở chế độ chỉ đọc, ví dụ tệp chép từ các trạm</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>The service whose status the Cloud column and filter show</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dịch vụ có trạng thái hiển thị ở cột và bộ lọc Đám mây</translation>
        </message>
        <message>
            <source>Search device ID, MAC or serial</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tìm ID thiết bị, MAC hoặc số sê-ri</translation>
        </message>
        <message>
            <source>Export…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Xuất…</translation>
        </message>
        <message>
            <source>Upload enrollments…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tải lên đăng ký…</translation>
        </message>
        <message>
            <source>Send the provisioned units to DPS or IoT Central</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Gửi các thiết bị đã cung cấp lên DPS hoặc IoT Central</translation>
        </message>
        <message>
            <source>Refresh cloud status…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Làm mới trạng thái đám mây…</translation>
        </message>
        <message>
            <source>Read what IoT Central or DPS knows of the provisioned units: connected, blocked, failed to register, never connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đọc những gì IoT Central hoặc DPS biết về các thiết bị đã cung cấp: đã kết nối, bị chặn, đăng ký thất bại, chưa từng kết nối</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Làm mới</translation>
        </message>
        <message>
            <source>Read the manifests again (and a station key restored meanwhile)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đọc lại các sổ kê khai (và khóa trạm vừa được khôi phục)</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Xử lý…</translation>
        </message>
        <message>
            <source>Close a unit an interrupted station left pending, once its board is checked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đóng một thiết bị mà trạm bị gián đoạn để ở trạng thái chờ, sau khi đã kiểm tra bo mạch</translation>
        </message>
        <message>
            <source>Re-provision…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cung cấp lại…</translation>
        </message>
        <message>
            <source>Give a returned unit (repair, RMA, erased flash) new credentials under its device ID, with the running job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cấp thông tin xác thực mới cho thiết bị bị trả về (sửa chữa, RMA, flash bị xóa) theo ID thiết bị của nó, bằng công việc đang chạy</translation>
        </message>
        <message>
            <source>From</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Từ</translation>
        </message>
        <message>
            <source>To</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đến</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Công việc</translation>
        </message>
        <message>
            <source>Operator</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Người vận hành</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trạm</translation>
        </message>
        <message>
            <source>Cloud status from</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trạng thái đám mây từ</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đám mây</translation>
        </message>
        <message>
            <source>Select a unit to see its facts and event log.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chọn một thiết bị để xem thông tin và nhật ký sự kiện của nó.</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sổ kê khai</translation>
        </message>
        <message>
            <source>{path} cannot be opened: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không mở được {path}: {reason}</translation>
        </message>
        <message>
            <source>Open manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Mở sổ kê khai</translation>
        </message>
        <message>
            <source>  (job)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>  (công việc)</translation>
        </message>
        <message>
            <source>Reading the line record…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đang đọc bản ghi dây chuyền…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) on the line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln thiết bị trong bản ghi dây chuyền</numerusform>
            </translation>
        </message>
        <message>
            <source>No manifest chosen: open one, or tick one in the list</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chưa chọn sổ kê khai: hãy mở một sổ, hoặc đánh dấu một sổ trong danh sách</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) in {manifests} manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln thiết bị trong {manifests} sổ kê khai</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln thiết bị</numerusform>
            </translation>
        </message>
        <message>
            <source>profile {profile}, {attestation}, ID scope {scope}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hồ sơ {profile}, {attestation}, ID scope {scope}</translation>
        </message>
        <message>
            <source>board {board} {chip}  MAC {mac}  serial {serial}  port {port}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>bo mạch {board} {chip}  MAC {mac}  số sê-ri {serial}  cổng {port}</translation>
        </message>
        <message numerus="yes">
            <source>job {job}, operator {operator}, station {station}, %n attempt(s)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>công việc {job}, người vận hành {operator}, trạm {station}, %n lần thử</numerusform>
            </translation>
        </message>
        <message>
            <source>recorded {recorded}, provisioned {provisioned}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ghi nhận lúc {recorded}, cung cấp lúc {provisioned}</translation>
        </message>
        <message>
            <source>manifest {path}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>sổ kê khai {path}</translation>
        </message>
        <message>
            <source>failed at {stage}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>lỗi ở bước {stage}: {reason}</translation>
        </message>
        <message>
            <source>certificate SHA-1 {thumbprint}, issuer {issuer}, valid until {until}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chứng chỉ SHA-1 {thumbprint}, bên cấp {issuer}, hiệu lực đến {until}</translation>
        </message>
        <message>
            <source>{service}: {status} — {detail} (read {time})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{service}: {status} — {detail} (đọc lúc {time})</translation>
        </message>
        <message>
            <source>Event log:</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nhật ký sự kiện:</translation>
        </message>
        <message>
            <source>Export the line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Xuất bản ghi dây chuyền</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — exported {rows} rows to {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln thiết bị — đã xuất {rows} dòng vào {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>journal head {head} (note it outside the station)</source>
            <translatorcomment>machine-made; second reader not sure: is 'journal head' (the hash of the manifest's last journal entry) clear to QA in this wording?</translatorcomment>
            <translation type="unfinished">đầu nhật ký {head} (hãy ghi lại bên ngoài trạm)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — upload: {summary}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln thiết bị — tải lên: {summary}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — {summary}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln thiết bị — {summary}</numerusform>
            </translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bản ghi dây chuyền</translation>
        </message>
        <message>
            <source>{where} (read-only)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{where} (chỉ đọc)</translation>
        </message>
        <message>
            <source>Device ID starts with</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID thiết bị bắt đầu bằng</translation>
        </message>
        <message>
            <source>Not on the line record; use a station's manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không có trong bản ghi dây chuyền; hãy dùng sổ kê khai của một trạm</translation>
        </message>
        <message>
            <source>Send every station's provisioned units to DPS or IoT Central, once for the line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Gửi các thiết bị đã cung cấp của mọi trạm lên DPS hoặc IoT Central, một lần cho cả dây chuyền</translation>
        </message>
        <message>
            <source>Read what IoT Central or DPS knows of every station's provisioned units into the line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đọc những gì IoT Central hoặc DPS biết về các thiết bị đã cung cấp của mọi trạm và ghi vào bản ghi dây chuyền</translation>
        </message>
        <message>
            <source>Reading its changes from the line record…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đang đọc các thay đổi của nó từ bản ghi dây chuyền…</translation>
        </message>
        <message>
            <source>on the line from station {station}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>trên dây chuyền, từ trạm {station}</translation>
        </message>
        <message>
            <source>Changes on the line record:</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Các thay đổi trong bản ghi dây chuyền:</translation>
        </message>
        <message>
            <source>Exporting the line record to {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đang xuất bản ghi dây chuyền vào {where}…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) on the line record — exported {rows} rows to {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln thiết bị trong bản ghi dây chuyền — đã xuất {rows} dòng vào {where}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortTile</name>
        <message>
            <source>starting</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đang khởi động</translation>
        </message>
        <message>
            <source>finding the board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đang tìm bo mạch</translation>
        </message>
        <message>
            <source>reading its identity</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đang đọc danh tính</translation>
        </message>
        <message>
            <source>making credentials</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đang tạo thông tin xác thực</translation>
        </message>
        <message>
            <source>recording the unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đang ghi nhận thiết bị</translation>
        </message>
        <message>
            <source>writing</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đang ghi</translation>
        </message>
        <message>
            <source>verifying</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đang kiểm tra</translation>
        </message>
        <message>
            <source>recording the result</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đang ghi kết quả</translation>
        </message>
        <message>
            <source>making the label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đang tạo nhãn</translation>
        </message>
        <message>
            <source>done</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>xong</translation>
        </message>
        <message>
            <source>station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>trạm</translation>
        </message>
        <message>
            <source>IDLE</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>RẢNH</translation>
        </message>
        <message>
            <source>BUSY</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ĐANG CHẠY</translation>
        </message>
        <message>
            <source>PASSED</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ĐẠT</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>LỖI</translation>
        </message>
        <message>
            <source>Retry this unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thử lại thiết bị này</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>In nhãn…</translation>
        </message>
        <message>
            <source>Print the label of {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>In nhãn của {device}</translation>
        </message>
        <message>
            <source> (attempt {attempt})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> (lần thử {attempt})</translation>
        </message>
        <message>
            <source>Stage: {stage}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bước: {stage}</translation>
        </message>
        <message>
            <source>Failed at {stage}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lỗi ở bước {stage}</translation>
        </message>
        <message>
            <source>Provisioned{attempt} — ready for the next board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã cung cấp{attempt} — sẵn sàng cho bo mạch tiếp theo</translation>
        </message>
        <message>
            <source>Ready for a board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sẵn sàng nhận bo mạch</translation>
        </message>
        <message>
            <source>%p%  ({done} / {total} bytes)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>%p%  ({done} / {total} byte)</translation>
        </message>
        <message>
            <source>stopped at %p%  ({done} / {total} bytes)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>dừng ở %p%  ({done} / {total} byte)</translation>
        </message>
        <message>
            <source>Device ID: {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID thiết bị: {device}</translation>
        </message>
    </context>
    <context>
        <name>PortWork</name>
        <message>
            <source>unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>lỗi {error} không mong đợi: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy báo cho kỹ sư của trạm</translation>
        </message>
    </context>
    <context>
        <name>PrinterBanner</name>
        <message>
            <source>Print waiting labels now</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>In ngay các nhãn đang chờ</translation>
        </message>
        <message>
            <source>⚠  Label printer: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>⚠  Máy in nhãn: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) waiting; nothing is lost: they print in order as soon as the printer is ready.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n nhãn đang chờ; không mất gì cả: nhãn sẽ được in theo thứ tự ngay khi máy in sẵn sàng.</numerusform>
            </translation>
        </message>
        <message>
            <source>No label is waiting.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không có nhãn nào đang chờ.</translation>
        </message>
    </context>
    <context>
        <name>PrinterCard</name>
        <message>
            <source>None: the print dialog, or PDF</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không: hộp thoại in, hoặc PDF</translation>
        </message>
        <message>
            <source>ZPL printer on the network (TCP 9100)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Máy in ZPL trên mạng (TCP 9100)</translation>
        </message>
        <message>
            <source>ZPL printer through a CUPS queue</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Máy in ZPL qua hàng đợi CUPS</translation>
        </message>
        <message>
            <source>HOST or HOST:PORT, e.g. 10.0.4.21</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>MÁY hoặc MÁY:CỔNG, ví dụ 10.0.4.21</translation>
        </message>
        <message>
            <source>the queue's name, e.g. zebra-line3</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>tên hàng đợi, ví dụ zebra-line3</translation>
        </message>
        <message>
            <source>The label's size in mm, width across the print head first, e.g. 62x29</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Kích thước nhãn tính bằng mm, chiều rộng theo đầu in trước, ví dụ 62x29</translation>
        </message>
        <message>
            <source>{dpi} dpi</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{dpi} dpi</translation>
        </message>
        <message>
            <source>Ask the printer for its status (~HS) before and after each label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hỏi trạng thái máy in (~HS) trước và sau mỗi nhãn</translation>
        </message>
        <message>
            <source>Print test label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>In nhãn thử</translation>
        </message>
        <message>
            <source>With a label printer, each provisioned unit's label prints by itself; a label the printer cannot take waits and is never lost.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Với máy in nhãn, nhãn của mỗi thiết bị đã cung cấp tự được in; nhãn mà máy in chưa nhận được sẽ chờ và không bao giờ bị mất.</translation>
        </message>
        <message>
            <source>Label printer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Máy in nhãn</translation>
        </message>
        <message>
            <source>Printer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Máy in</translation>
        </message>
        <message>
            <source>Address</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <source>CUPS queue</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hàng đợi CUPS</translation>
        </message>
        <message>
            <source>Label stock</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Loại nhãn</translation>
        </message>
        <message>
            <source>Choose a label printer first.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hãy chọn máy in nhãn trước.</translation>
        </message>
        <message>
            <source>Sending a test label to {printer}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đang gửi nhãn thử tới {printer}…</translation>
        </message>
        <message>
            <source>The test label was not printed: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nhãn thử chưa được in: {problem}</translation>
        </message>
        <message>
            <source>Test label printed on {printer} ({stock}).</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã in nhãn thử trên {printer} ({stock}).</translation>
        </message>
    </context>
    <context>
        <name>ProfilesView</name>
        <message>
            <source>unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>lỗi {error} không mong đợi: {text}</translation>
        </message>
        <message>
            <source>Try on a virtual board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thử trên bo mạch ảo</translation>
        </message>
        <message>
            <source>Check again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Kiểm tra lại</translation>
        </message>
        <message>
            <source>Trial</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chạy thử</translation>
        </message>
        <message>
            <source>Run one unit of the selected profile on a fresh virtual board, with demo secrets and a separate manifest.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chạy một thiết bị theo hồ sơ đã chọn trên một bo mạch ảo mới, với bí mật minh họa và một sổ kê khai riêng.</translation>
        </message>
        <message>
            <source>Validation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Kiểm tra hợp lệ</translation>
        </message>
        <message>
            <source>Trial log</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nhật ký chạy thử</translation>
        </message>
        <message>
            <source>(no id)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>(không có ID)</translation>
        </message>
        <message>
            <source>No problems: the profile is valid.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không có vấn đề: hồ sơ hợp lệ.</translation>
        </message>
        <message>
            <source>Trying…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đang thử…</translation>
        </message>
        <message>
            <source>One unit of {profile} on a virtual board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Một thiết bị theo {profile} trên bo mạch ảo</translation>
        </message>
        <message>
            <source>a virtual trial board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>một bo mạch ảo để thử</translation>
        </message>
    </context>
    <context>
        <name>ReprovisionDialog</name>
        <message>
            <source>No port is free: connect the returned unit's board first.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không có cổng trống: hãy kết nối bo mạch của thiết bị bị trả về trước.</translation>
        </message>
        <message>
            <source>Re-provision {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cung cấp lại {device}</translation>
        </message>
        <message>
            <source>why, e.g. RMA 4711: flash erased in repair</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>lý do, ví dụ RMA 4711: flash bị xóa khi sửa</translation>
        </message>
        <message>
            <source>Board on port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bo mạch trên cổng</translation>
        </message>
        <message>
            <source>Reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Provision again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cung cấp lại</translation>
        </message>
        <message>
            <source>{device} gets new credentials under its device ID. Its board must prove it is that unit; its current credentials are kept in the manifest as an earlier generation, and its enrollments are uploaded again.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{device} sẽ nhận thông tin xác thực mới theo ID thiết bị của nó. Bo mạch của nó phải chứng minh đúng là thiết bị đó; thông tin xác thực hiện tại được giữ trong sổ kê khai như một thế hệ trước, và các đăng ký của nó được tải lên lại.</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>failed — the board is erased and goes round again as a new unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>lỗi — bo mạch được xóa và đi lại như một thiết bị mới</translation>
        </message>
        <message>
            <source>scrapped — the board is set aside for good</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>loại bỏ — bo mạch bị để riêng vĩnh viễn</translation>
        </message>
        <message>
            <source>Resolve {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Xử lý {device}</translation>
        </message>
        <message>
            <source>what was found on the board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đã thấy gì trên bo mạch</translation>
        </message>
        <message>
            <source>who decides</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>người quyết định</translation>
        </message>
        <message>
            <source>Resolve as</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Xử lý là</translation>
        </message>
        <message>
            <source>Reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Người quyết định</translation>
        </message>
        <message>
            <source>{device} was left pending by a station that stopped mid-unit; its board may hold data. Once you have checked the board, record what becomes of it.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{device} bị để ở trạng thái chờ do một trạm dừng giữa chừng; bo mạch có thể còn dữ liệu. Sau khi kiểm tra bo mạch, hãy ghi lại cách xử lý nó.</translation>
        </message>
    </context>
    <context>
        <name>ResultBanner</name>
        <message>
            <source>Ready</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sẵn sàng</translation>
        </message>
        <message>
            <source>Plug in a board and press Provision next unit (or Enter).</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cắm bo mạch và nhấn Cung cấp thiết bị tiếp theo (hoặc Enter).</translation>
        </message>
        <message>
            <source>No job running</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không có công việc đang chạy</translation>
        </message>
        <message>
            <source>Start one in Settings: choose the profile, ID scope and secrets, then press Save and start the job.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hãy bắt đầu trong Cài đặt: chọn hồ sơ, ID scope và bí mật, rồi nhấn Lưu và bắt đầu công việc.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thử lại</translation>
        </message>
        <message>
            <source> — attempt {attempt}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> — lần thử {attempt}</translation>
        </message>
        <message>
            <source> Stick the label on the unit on {board}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> Dán nhãn lên thiết bị trên {board}.</translation>
        </message>
        <message>
            <source>Provisioned on {board}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã cung cấp trên {board}.</translation>
        </message>
        <message>
            <source>Could not run the unit{unit}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không chạy được thiết bị{unit}</translation>
        </message>
        <message>
            <source>On {board}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trên {board}: {reason}</translation>
        </message>
        <message>
            <source>Failed at {stage}{unit}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lỗi ở bước {stage}{unit}</translation>
        </message>
        <message>
            <source>While {doing} on {board}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Khi {doing} trên {board}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message numerus="yes">
            <source>(%n characters)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>(%n ký tự)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServedLineView</name>
        <message>
            <source>Watching</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đang theo dõi</translation>
        </message>
        <message>
            <source>Units are started by the fixture or MES through station serve; this window only shows them.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thiết bị do đồ gá hoặc MES khởi động qua station serve; cửa sổ này chỉ hiển thị chúng.</translation>
        </message>
        <message>
            <source>Served line at {url}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dây chuyền tự động tại {url}</translation>
        </message>
        <message>
            <source>Not connected: {reason} — retrying</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chưa kết nối: {reason} — đang thử lại</translation>
        </message>
        <message>
            <source>Job {job}: profile {profile}, ID scope {scope}, {attestation}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Công việc {job}: hồ sơ {profile}, ID scope {scope}, {attestation}</translation>
        </message>
        <message>
            <source>Provisioned today: {count}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã cung cấp hôm nay: {count}</translation>
        </message>
        <message>
            <source>Port {port} — {name}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cổng {port} — {name}</translation>
        </message>
        <message>
            <source>⚠  Label of {device} not printed: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>⚠  Nhãn của {device} chưa được in: {problem}</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>the profile's default</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>mặc định của hồ sơ</translation>
        </message>
        <message>
            <source>Demo mode: these are the demo's settings, shown read-only. Open the station without --demo to set up a real job.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chế độ minh họa: đây là cài đặt của bản minh họa, chỉ xem. Hãy mở trạm không có --demo để thiết lập công việc thật.</translation>
        </message>
        <message>
            <source>In the station's secrets (loaded from files)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trong bí mật của trạm (nạp từ tệp)</translation>
        </message>
        <message>
            <source>In a PKCS#11 token (HSM, smart card)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trong token PKCS#11 (HSM, thẻ thông minh)</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trạm</translation>
        </message>
        <message>
            <source>The system's ({language})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Theo hệ thống ({language})</translation>
        </message>
        <message>
            <source>A new language shows when the window is next opened.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Ngôn ngữ mới sẽ hiện khi mở cửa sổ lần sau.</translation>
        </message>
        <message>
            <source>Station ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID trạm</translation>
        </message>
        <message>
            <source>Operator</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Người vận hành</translation>
        </message>
        <message>
            <source>Language</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Công việc</translation>
        </message>
        <message>
            <source>e.g. 0ne0012ABCD</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ví dụ 0ne0012ABCD</translation>
        </message>
        <message>
            <source>optional DTMI</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>DTMI (không bắt buộc)</translation>
        </message>
        <message>
            <source>Device key in the label's QR code</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Khóa thiết bị trong mã QR của nhãn</translation>
        </message>
        <message>
            <source>Put the device key in the label's QR code (SAS modes only; a certificate's key never leaves the board; never on a label printer's label)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đưa khóa thiết bị vào mã QR của nhãn (chỉ chế độ SAS; khóa của chứng chỉ không bao giờ rời bo mạch; không bao giờ có trên nhãn của máy in nhãn)</translation>
        </message>
        <message>
            <source>ID scope</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID scope</translation>
        </message>
        <message>
            <source>Profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chứng thực</translation>
        </message>
        <message>
            <source>Model ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID mô hình</translation>
        </message>
        <message>
            <source>Units per day</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Số thiết bị mỗi ngày</translation>
        </message>
        <message>
            <source>Set up in the cloud…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thiết lập trên đám mây…</translation>
        </message>
        <message>
            <source>Create or update the job's enrollment group in IoT Central or DPS: its group keys kept here, or its CA verified</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tạo hoặc cập nhật nhóm đăng ký của công việc trong IoT Central hoặc DPS: khóa nhóm được lưu tại đây, hoặc CA của nhóm được xác minh</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bí mật</translation>
        </message>
        <message>
            <source>Kept in {store}; never in the manifest.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Được lưu trong {store}; không bao giờ trong sổ kê khai.</translation>
        </message>
        <message>
            <source>secrets passphrase</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>cụm mật khẩu của bí mật</translation>
        </message>
        <message>
            <source>type the new passphrase again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nhập lại cụm mật khẩu mới</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Mở khóa</translation>
        </message>
        <message>
            <source>Again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nhập lại</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cụm mật khẩu</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Load from file…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nạp từ tệp…</translation>
        </message>
        <message>
            <source>Forget</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Where the x509-group CA key and the sas-group group keys are: in the station's secrets, or inside a PKCS#11 token they never leave</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nơi chứa khóa CA của x509-group và các khóa nhóm của sas-group: trong bí mật của trạm, hoặc bên trong token PKCS#11 mà chúng không bao giờ rời khỏi</translation>
        </message>
        <message>
            <source>Keys</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Khóa</translation>
        </message>
        <message>
            <source>paste the group key, or load a file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>dán khóa nhóm, hoặc nạp từ tệp</translation>
        </message>
        <message>
            <source>Group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Khóa nhóm</translation>
        </message>
        <message>
            <source>optional: the group's secondary key, pasted or from a file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>không bắt buộc: khóa phụ của nhóm, dán vào hoặc nạp từ tệp</translation>
        </message>
        <message>
            <source>Secondary group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Khóa nhóm phụ</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chứng chỉ CA</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>Choose the CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chọn chứng chỉ CA</translation>
        </message>
        <message>
            <source>the CA key's passphrase, if any</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>cụm mật khẩu của khóa CA, nếu có</translation>
        </message>
        <message>
            <source>CA key passphrase</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cụm mật khẩu khóa CA</translation>
        </message>
        <message>
            <source>CA private key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Khóa riêng CA</translation>
        </message>
        <message>
            <source>the token's user PIN</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PIN người dùng của token</translation>
        </message>
        <message>
            <source>Check the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Kiểm tra token</translation>
        </message>
        <message>
            <source>Group key in token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Khóa nhóm trong token</translation>
        </message>
        <message>
            <source>Secondary key in token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Khóa phụ trong token</translation>
        </message>
        <message>
            <source>CA key in token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Khóa CA trong token</translation>
        </message>
        <message>
            <source>Token PIN</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PIN của token</translation>
        </message>
        <message>
            <source>Served line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dây chuyền tự động</translation>
        </message>
        <message>
            <source>Watch a line that station serve drives (a fixture or MES starts its units)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Theo dõi dây chuyền do station serve điều khiển (đồ gá hoặc MES khởi động thiết bị)</translation>
        </message>
        <message>
            <source>the API token station serve-token showed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>token API mà station serve-token đã hiện</translation>
        </message>
        <message>
            <source>Watch now</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Theo dõi ngay</translation>
        </message>
        <message>
            <source>Address</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token API</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lưu cài đặt</translation>
        </message>
        <message>
            <source>Save and start the job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lưu và bắt đầu công việc</translation>
        </message>
        <message>
            <source>A pkcs11: URI naming the token and the key: {form} (no PIN in it)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>URI pkcs11: chỉ định token và khóa: {form} (không chứa PIN)</translation>
        </message>
        <message>
            <source>Choose a profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hãy chọn hồ sơ</translation>
        </message>
        <message>
            <source>Enter the ID scope</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hãy nhập ID scope</translation>
        </message>
        <message>
            <source>Create</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tạo</translation>
        </message>
        <message>
            <source>choose a passphrase for the secrets</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chọn cụm mật khẩu cho các bí mật</translation>
        </message>
        <message>
            <source>not set</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chưa đặt</translation>
        </message>
        <message>
            <source>No secrets are kept yet: choose a passphrase and type it twice. It opens the secrets from then on; it cannot be recovered.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chưa lưu bí mật nào: hãy chọn cụm mật khẩu và nhập hai lần. Từ đó, cụm mật khẩu này dùng để mở các bí mật; không thể khôi phục nó.</translation>
        </message>
        <message>
            <source>Locked: type the passphrase to load or change secrets.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã khóa: nhập cụm mật khẩu để nạp hoặc đổi bí mật.</translation>
        </message>
        <message>
            <source>(locked)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>(đã khóa)</translation>
        </message>
        <message>
            <source>Unlocked.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã mở khóa.</translation>
        </message>
        <message>
            <source>not set (units get a primary key only)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chưa đặt (thiết bị chỉ nhận khóa chính)</translation>
        </message>
        <message>
            <source>CA key kept, but it cannot be used: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã lưu khóa CA nhưng không dùng được: {reason}</translation>
        </message>
        <message>
            <source>the two passphrases differ</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hai cụm mật khẩu không khớp</translation>
        </message>
        <message>
            <source>type the new passphrase again, the same in both fields</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy nhập lại cụm mật khẩu mới, giống nhau ở cả hai ô</translation>
        </message>
        <message>
            <source>Secrets passphrase chosen; keep it safe.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã chọn cụm mật khẩu của bí mật; hãy giữ an toàn.</translation>
        </message>
        <message>
            <source>Group key kept.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã lưu khóa nhóm.</translation>
        </message>
        <message>
            <source>cannot read the group key file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>không đọc được tệp khóa nhóm {path}: {reason}</translation>
        </message>
        <message>
            <source>choose the file the key was saved in</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chọn tệp đã lưu khóa</translation>
        </message>
        <message>
            <source>the secondary group key is the same as the primary one</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>khóa nhóm phụ giống khóa nhóm chính</translation>
        </message>
        <message>
            <source>give the enrollment group's secondary key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy nhập khóa phụ của nhóm đăng ký</translation>
        </message>
        <message>
            <source>Secondary group key kept.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã lưu khóa nhóm phụ.</translation>
        </message>
        <message>
            <source>Secondary group key forgotten: units get a primary key only.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã xóa khóa nhóm phụ: thiết bị chỉ nhận khóa chính.</translation>
        </message>
        <message>
            <source>Load the secondary group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nạp khóa nhóm phụ</translation>
        </message>
        <message>
            <source>cannot read the key file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>không đọc được tệp khóa {path}: {reason}</translation>
        </message>
        <message>
            <source>Load the group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nạp khóa nhóm</translation>
        </message>
        <message>
            <source>CA key passphrase kept.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã lưu cụm mật khẩu khóa CA.</translation>
        </message>
        <message>
            <source>cannot read the CA key file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>không đọc được tệp khóa CA {path}: {reason}</translation>
        </message>
        <message>
            <source>choose the file the CA's private key was saved in</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chọn tệp đã lưu khóa riêng của CA</translation>
        </message>
        <message>
            <source>the CA key file {path} holds text that is not UTF-8 around the key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>tệp khóa CA {path} có văn bản không phải UTF-8 quanh khóa</translation>
        </message>
        <message>
            <source>save the key as a plain PEM file and load it again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy lưu khóa thành tệp PEM thuần rồi nạp lại</translation>
        </message>
        <message>
            <source>{summary}. The station no longer needs {path}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{summary}. Trạm không còn cần {path}.</translation>
        </message>
        <message>
            <source>CA key removed from the secret store.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã xóa khóa CA khỏi kho bí mật.</translation>
        </message>
        <message>
            <source>Load the CA private key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nạp khóa riêng CA</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.key);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tệp PEM (*.pem *.key);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Unlock the secrets to move the CA key from {path} into the secret store.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hãy mở khóa bí mật để chuyển khóa CA từ {path} vào kho bí mật.</translation>
        </message>
        <message>
            <source>The CA key from {path} is now kept in {store}; the station no longer reads that file.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Khóa CA từ {path} nay được lưu trong {store}; trạm không còn đọc tệp đó.</translation>
        </message>
        <message>
            <source>{path} is not there</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{path} không tồn tại</translation>
        </message>
        <message>
            <source>The CA key is now kept in the secret store, and the one in {path} could not be moved there ({reason}). Load the CA private key again.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Khóa CA nay được lưu trong kho bí mật, nhưng khóa trong {path} không chuyển vào được ({reason}). Hãy nạp lại khóa riêng CA.</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tệp PEM (*.pem *.crt *.key);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Name the keys' token above; its PIN is kept here.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hãy chỉ định token của các khóa ở trên; PIN của nó được lưu ở đây.</translation>
        </message>
        <message>
            <source>PIN kept for token '{token}'</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã lưu PIN cho token “{token}”</translation>
        </message>
        <message>
            <source>no PIN kept for token '{token}'</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chưa lưu PIN cho token “{token}”</translation>
        </message>
        <message>
            <source>no token is named yet</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chưa chỉ định token nào</translation>
        </message>
        <message>
            <source>give the pkcs11: URI of the key first</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy nhập URI pkcs11: của khóa trước</translation>
        </message>
        <message>
            <source>the PIN is empty</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PIN đang trống</translation>
        </message>
        <message>
            <source>type the token's user PIN</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy nhập PIN người dùng của token</translation>
        </message>
        <message>
            <source>PIN kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã lưu PIN vào {store}.</translation>
        </message>
        <message>
            <source>Checking the token…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đang kiểm tra token…</translation>
        </message>
        <message>
            <source>The token is ready: {what}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token đã sẵn sàng: {what}.</translation>
        </message>
        <message>
            <source>Cloud: {outcome}. The job can start.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đám mây: {outcome}. Công việc có thể bắt đầu.</translation>
        </message>
        <message>
            <source>the API token is empty</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>token API đang trống</translation>
        </message>
        <message>
            <source>paste the token station serve-token showed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy dán token mà station serve-token đã hiện</translation>
        </message>
        <message>
            <source>API token kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã lưu token API vào {store}.</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã lưu vào {path}.</translation>
        </message>
        <message>
            <source>The job cannot start yet: fill in or correct the marked fields.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chưa thể bắt đầu công việc: hãy điền hoặc sửa các ô được đánh dấu.</translation>
        </message>
        <message>
            <source>CA key loaded: {ca}, certificate SHA-256 fingerprint {fingerprint}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã nạp khóa CA: {ca}, dấu vân tay SHA-256 của chứng chỉ {fingerprint}</translation>
        </message>
    </context>
    <context>
        <name>TokenKeys</name>
        <message>
            <source>the CA key of {ca} signs in the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>khóa CA của {ca} ký bên trong token</translation>
        </message>
        <message>
            <source>the group key derives device keys in the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>khóa nhóm dẫn xuất khóa thiết bị bên trong token</translation>
        </message>
        <message>
            <source>so does the secondary group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>khóa nhóm phụ cũng vậy</translation>
        </message>
        <message>
            <source>no key in a token is named</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chưa chỉ định khóa nào trong token</translation>
        </message>
        <message>
            <source>give the pkcs11: URI of the CA key or the group key in Settings, or keep the keys in the secret store</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy nhập URI pkcs11: của khóa CA hoặc khóa nhóm trong Cài đặt, hoặc giữ các khóa trong kho bí mật</translation>
        </message>
        <message>
            <source>the token's PIN is kept in the station's secrets, which are locked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PIN của token được lưu trong bí mật của trạm, mà các bí mật đang bị khóa</translation>
        </message>
        <message>
            <source>unlock the secrets in Settings, then start the job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy mở khóa bí mật trong Cài đặt rồi bắt đầu công việc</translation>
        </message>
        <message>
            <source>the CA key in the token needs its CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>khóa CA trong token cần chứng chỉ CA của nó</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chọn tệp chứng chỉ CA trong Cài đặt</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>không đọc được tệp chứng chỉ CA {path}: {reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chọn lại tệp chứng chỉ CA trong Cài đặt</translation>
        </message>
        <message>
            <source>the CA certificate file {path} holds no PEM certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>tệp chứng chỉ CA {path} không chứa chứng chỉ PEM nào</translation>
        </message>
        <message>
            <source>choose the CA's certificate file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chọn tệp chứng chỉ của CA</translation>
        </message>
    </context>
    <context>
        <name>UnitTableModel</name>
        <message>
            <source>Device ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID thiết bị</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Failed at / reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lỗi ở bước / lý do</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Ghi nhận</translation>
        </message>
        <message>
            <source>Provisioned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã cung cấp</translation>
        </message>
        <message>
            <source>Profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chứng thực</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Công việc</translation>
        </message>
        <message>
            <source>Operator</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Người vận hành</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trạm</translation>
        </message>
        <message>
            <source>Port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cổng</translation>
        </message>
        <message>
            <source>Cloud status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trạng thái đám mây</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sổ kê khai</translation>
        </message>
        <message>
            <source>pending</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đang chờ</translation>
        </message>
        <message>
            <source>provisioned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đã cung cấp</translation>
        </message>
        <message>
            <source>failed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>lỗi</translation>
        </message>
        <message>
            <source>connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đã kết nối</translation>
        </message>
        <message>
            <source>never connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chưa từng kết nối</translation>
        </message>
        <message>
            <source>blocked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>bị chặn</translation>
        </message>
        <message>
            <source>failed to register</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đăng ký thất bại</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chờ phê duyệt</translation>
        </message>
        <message>
            <source>another attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>phương thức chứng thực khác</translation>
        </message>
        <message>
            <source>not read yet</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chưa đọc</translation>
        </message>
        <message>
            <source>{detail} (read {time})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{detail} (đọc lúc {time})</translation>
        </message>
        <message>
            <source>Cloud status ({service})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trạng thái đám mây ({service})</translation>
        </message>
    </context>
    <context>
        <name>UploadDialog</name>
        <message>
            <source>DPS (individual enrollments)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>DPS (đăng ký riêng lẻ)</translation>
        </message>
        <message>
            <source>DPS connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chuỗi kết nối DPS</translation>
        </message>
        <message>
            <source>IoT Central API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>token API IoT Central</translation>
        </message>
        <message>
            <source>the saved secret in {store}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>bí mật đã lưu trong {store}</translation>
        </message>
        <message>
            <source>the environment variable {name}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>biến môi trường {name}</translation>
        </message>
        <message>
            <source>No {what}: paste it below and press Keep, or set {variable}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chưa có {what}: hãy dán vào bên dưới và nhấn Lưu, hoặc đặt {variable}.</translation>
        </message>
        <message>
            <source>No {what}: unlock the station's secrets in Settings, or paste it below and press Keep, or set {variable}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chưa có {what}: hãy mở khóa bí mật của trạm trong Cài đặt, hoặc dán vào bên dưới và nhấn Lưu, hoặc đặt {variable}.</translation>
        </message>
        <message>
            <source>The {what} from {where} is unusable: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không dùng được {what} từ {where}: {reason}</translation>
        </message>
        <message>
            <source>An IoT Central status refresh needs the application's URL: type it above, https://NAME.azureiotcentral.com.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Làm mới trạng thái IoT Central cần URL của ứng dụng: hãy nhập ở trên, https://NAME.azureiotcentral.com.</translation>
        </message>
        <message>
            <source>An IoT Central upload needs the application's URL: type it above, https://NAME.azureiotcentral.com.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tải lên IoT Central cần URL của ứng dụng: hãy nhập ở trên, https://NAME.azureiotcentral.com.</translation>
        </message>
        <message>
            <source>Device ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID thiết bị</translation>
        </message>
        <message>
            <source>State</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Batch</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lô</translation>
        </message>
        <message>
            <source>Time</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thời gian</translation>
        </message>
        <message>
            <source>Reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>would be sent</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>sẽ được gửi</translation>
        </message>
        <message>
            <source>The service refused the credential; nothing more was sent.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dịch vụ đã từ chối thông tin xác thực; không gửi thêm gì nữa.</translation>
        </message>
        <message>
            <source>Upload stopped on request.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã dừng tải lên theo yêu cầu.</translation>
        </message>
        <message>
            <source>The service could not be reached; the upload stopped.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không kết nối được dịch vụ; việc tải lên đã dừng.</translation>
        </message>
        <message>
            <source>The upload stopped.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Việc tải lên đã dừng.</translation>
        </message>
        <message>
            <source>What to do: {hint}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cần làm: {hint}</translation>
        </message>
        <message>
            <source>Upload enrollments</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tải lên đăng ký</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>URL ứng dụng</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>địa chỉ riêng của dịch vụ (để trống)</translation>
        </message>
        <message>
            <source>Dry run: send nothing; write the requests to a file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chạy thử: không gửi gì; ghi các yêu cầu vào tệp</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bản ghi dây chuyền</translation>
        </message>
        <message>
            <source>{where}: every station's provisioned units, once for the line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{where}: các thiết bị đã cung cấp của mọi trạm, một lần cho cả dây chuyền</translation>
        </message>
        <message>
            <source>A dry run is made from a station's manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chạy thử được thực hiện từ sổ kê khai của một trạm</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sổ kê khai</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sổ kê khai</translation>
        </message>
        <message>
            <source>Upload to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tải lên tới</translation>
        </message>
        <message>
            <source>Credential</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thông tin xác thực</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Điểm cuối thay thế</translation>
        </message>
        <message>
            <source>Requests file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tệp yêu cầu</translation>
        </message>
        <message>
            <source>Start</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token API</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chuỗi kết nối</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>dán {what} để lưu làm bí mật</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Từ {where}: {masked}</translation>
        </message>
        <message>
            <source>the IoT Central API token is empty</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>token API IoT Central đang trống</translation>
        </message>
        <message>
            <source>paste the token shown when it was made in IoT Central</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy dán token đã hiện khi tạo nó trong IoT Central</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đã lưu {what} vào {store}.</translation>
        </message>
        <message>
            <source>Write the dry run's requests to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Ghi các yêu cầu chạy thử vào</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tệp JSON (*.json);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Choose the file the dry run writes its requests to.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hãy chọn tệp mà lần chạy thử ghi các yêu cầu vào.</translation>
        </message>
        <message>
            <source>Uploading to {service} using {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đang tải lên {service} bằng {where}…</translation>
        </message>
        <message>
            <source>Planning the dry run…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Đang lập kế hoạch chạy thử…</translation>
        </message>
        <message>
            <source>Stopping after the request in progress…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sẽ dừng sau yêu cầu đang chạy…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dừng</translation>
        </message>
        <message>
            <source>manifest {number} of {count}: </source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>sổ kê khai {number}/{count}: </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n unit(s) settled — {message}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>đã xử lý {done}/%n thiết bị — {message}</numerusform>
            </translation>
        </message>
        <message>
            <source> (the other manifests' beside it, numbered -2 to -{last})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> (của các sổ kê khai khác nằm cạnh nó, đánh số -2 đến -{last})</translation>
        </message>
        <message>
            <source>Nothing was sent; the requests are in {file}{more}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không gửi gì; các yêu cầu nằm trong {file}{more}.</translation>
        </message>
        <message>
            <source>Every unit is uploaded or needs no upload.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Mọi thiết bị đã được tải lên hoặc không cần tải lên.</translation>
        </message>
        <message>
            <source>Some units were not uploaded: their reasons are listed below.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Một số thiết bị chưa được tải lên: lý do được liệt kê bên dưới.</translation>
        </message>
        <message>
            <source>The upload did not run.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Việc tải lên đã không chạy.</translation>
        </message>
        <message>
            <source>units not reached stay pending; start the upload again and it resumes where it stopped</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>các thiết bị chưa tới lượt vẫn ở trạng thái chờ; bắt đầu tải lên lại thì sẽ tiếp tục từ chỗ đã dừng</translation>
        </message>
        <message>
            <source>the upload broke down: unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>việc tải lên bị lỗi: lỗi {error} không mong đợi: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; the manifest keeps every state recorded so far</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy báo cho kỹ sư của trạm; sổ kê khai giữ mọi trạng thái đã ghi đến giờ</translation>
        </message>
        <message>
            <source>the upload was stopped before every unit was sent</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>việc tải lên đã dừng trước khi gửi hết các thiết bị</translation>
        </message>
        <message>
            <source>the upload was stopped while it waited for the service</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>việc tải lên đã dừng khi đang chờ dịch vụ</translation>
        </message>
        <message>
            <source>cannot write the dry run's requests to {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>không ghi được các yêu cầu chạy thử vào {path}: {reason}</translation>
        </message>
        <message>
            <source>choose a file in a folder the station may write to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy chọn tệp trong thư mục mà trạm được phép ghi</translation>
        </message>
    </context>
    <context>
        <name>VirtualBoards</name>
        <message>
            <source>there is no job to make virtual boards for</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>không có công việc nào để tạo bo mạch ảo</translation>
        </message>
        <message>
            <source>start a job first (Settings, or `station gui --demo`)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hãy bắt đầu một công việc trước (Cài đặt, hoặc `station gui --demo`)</translation>
        </message>
        <message>
            <source>Virtual board {number}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bo mạch ảo {number}</translation>
        </message>
    </context>
    <context>
        <name>WindowLineCopy</name>
        <message>
            <source>line: not copied — {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>dây chuyền: chưa sao chép — {reason}</translation>
        </message>
        <message>
            <source>line: up to date</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>dây chuyền: đã cập nhật</translation>
        </message>
        <message>
            <source>line: copying…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>dây chuyền: đang sao chép…</translation>
        </message>
        <message>
            <source>line: out of reach since {since} — the station goes on and copies its changes when it is back</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>dây chuyền: không kết nối được từ {since} — trạm vẫn tiếp tục và sẽ sao chép các thay đổi khi kết nối lại</translation>
        </message>
        <message numerus="yes">
            <source>line: %n change(s) behind since {since}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>dây chuyền: chậm %n thay đổi từ {since}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>YieldView</name>
        <message>
            <source>Units per hour — last 24 hours</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Thiết bị mỗi giờ — 24 giờ qua</translation>
        </message>
        <message numerus="yes">
            <source>Units per day — last %n days</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Thiết bị mỗi ngày — %n ngày qua</numerusform>
            </translation>
        </message>
        <message>
            <source>Top failure reasons by stage</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lý do lỗi hàng đầu theo bước</translation>
        </message>
        <message>
            <source>No failures in this period.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không có lỗi trong khoảng thời gian này.</translation>
        </message>
        <message numerus="yes">
            <source>Connected to {service} within days of provisioning — {read} of %Ln provisioned unit(s) read</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Kết nối với {service} trong vài ngày sau khi cung cấp — đã đọc {read}/%Ln thiết bị đã cung cấp</numerusform>
            </translation>
        </message>
        <message>
            <source>No cloud status read yet: Manifest tab, Refresh cloud status…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chưa đọc trạng thái đám mây: thẻ Sổ kê khai, Làm mới trạng thái đám mây…</translation>
        </message>
        <message numerus="yes">
            <source>within %n day(s): {count} of {read} ({share} %)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>trong %n ngày: {count}/{read} ({share} %)</numerusform>
            </translation>
        </message>
        <message>
            <source>connected at all: {count} of {read}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>đã từng kết nối: {count}/{read}</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Làm mới</translation>
        </message>
        <message>
            <source>No manifest chosen: open or tick one in the Manifest tab.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chưa chọn sổ kê khai: hãy mở hoặc đánh dấu một sổ trong thẻ Sổ kê khai.</translation>
        </message>
        <message>
            <source>The yield cannot be read: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Không đọc được tỷ lệ đạt: {reason}</translation>
        </message>
        <message numerus="yes">
            <source> (%n manifests)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform> (%n sổ kê khai)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %n days{where}: {passed} passed, {failed} failed of {ended} attempts — yield {share} %</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n ngày qua{where}: {passed} đạt, {failed} lỗi trên {ended} lần thử — tỷ lệ đạt {share} %</numerusform>
            </translation>
        </message>
    </context>
</TS>
