-- The four core tables as @mastra/mysql 0.10.0 (with @mastra/core 1.68.0) creates them, read back with
-- SHOW CREATE TABLE from MariaDB 10.11 after Mastra's memory and workflows init() (JSON shows as MariaDB's
-- LONGTEXT alias; Mastra adds the two KEYs with separate CREATE INDEX statements after the tables).
CREATE TABLE `mastra_threads` (
  `id` varchar(191) NOT NULL DEFAULT '',
  `resourceId` longtext NOT NULL,
  `title` longtext NOT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata`)),
  `createdAt` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00.000000',
  `updatedAt` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00.000000',
  PRIMARY KEY (`id`),
  KEY `mastra_threads_resourceid_createdat_idx` (`resourceId`(191),`createdAt` DESC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;
CREATE TABLE `mastra_messages` (
  `id` varchar(191) NOT NULL DEFAULT '',
  `thread_id` longtext NOT NULL,
  `content` longtext NOT NULL,
  `role` longtext NOT NULL,
  `type` longtext NOT NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00.000000',
  `resourceId` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `mastra_messages_thread_id_createdat_idx` (`thread_id`(191),`createdAt` DESC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;
CREATE TABLE `mastra_resources` (
  `id` varchar(191) NOT NULL DEFAULT '',
  `workingMemory` longtext DEFAULT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata`)),
  `createdAt` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00.000000',
  `updatedAt` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00.000000',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;
CREATE TABLE `mastra_workflow_snapshot` (
  `workflow_name` varchar(191) NOT NULL,
  `run_id` varchar(191) NOT NULL,
  `resourceId` longtext DEFAULT NULL,
  `snapshot` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`snapshot`)),
  `createdAt` datetime(6) DEFAULT NULL,
  `updatedAt` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`workflow_name`,`run_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;
