# 候号大厅显示屏（新增）。
board2-error-unreachable = 无法连接受理系统（{ $hub }）。请确认集线服务器已开机、网络已连接，然后重新启动显示屏。
board2-last-update = { $time } 时的信息
